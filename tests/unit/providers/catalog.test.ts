import { describe, expect, it } from "vitest";
import {
  getProvider,
  matchBadKeyAnswer,
  PROVIDER_IDS,
  PROVIDERS,
  providerForHost,
} from "@/lib/providers";
import { CATALOG, ENTRIES } from "@/lib/providers/catalog";
import { openai } from "@/lib/providers/catalog/openai";
import { catalogSchema } from "@/lib/providers/catalog/validate";
import { providerSchema } from "@/lib/providers/schema";
import { ANSWERS } from "../../fixtures/answers";

describe("provider catalog", () => {
  it("holds every provider id once, in PROVIDER_IDS order, each valid against the schema", () => {
    expect(PROVIDERS.map((p) => p.id)).toEqual([...PROVIDER_IDS]);
    for (const p of PROVIDERS) expect(() => providerSchema.parse(p)).not.toThrow();
  });

  it("the plain catalog the browser uses equals the schema-validated one (defaults agree)", () => {
    expect(CATALOG).toEqual(catalogSchema.parse(ENTRIES));
  });

  it("rejects a bad entry: unanchored or broken regex, duplicate or missing provider", () => {
    const entries = PROVIDERS.map((p) => ({ ...p }));
    const withFormat = (pattern: string) =>
      entries.map((p) =>
        p.id === "openai" ? { ...p, keyFormats: [{ ...openai.keyFormats[0]!, pattern }] } : p,
      );
    expect(() => catalogSchema.parse(entries)).not.toThrow();
    expect(() => catalogSchema.parse(withFormat("sk-proj-[a-z]+"))).toThrow(/anchored/);
    expect(() => catalogSchema.parse(withFormat("^sk-proj-[a-z+$"))).toThrow(/compile/);
    expect(() => catalogSchema.parse(withFormat("^xx-[a-z]{60}$"))).toThrow(/prefix/);
    expect(() => catalogSchema.parse([...entries, entries[0]])).toThrow(/exactly once/);
    expect(() => catalogSchema.parse(entries.slice(1))).toThrow(/openai must appear/);
    const headerWithoutName = entries.map((p) =>
      p.id === "datadog" ? { ...p, auth: { placement: "header" as const } } : p,
    );
    expect(() => catalogSchema.parse(headerWithoutName)).toThrow(/needs a name/);
  });

  it.each(PROVIDERS.filter((p) => p.id !== "custom"))(
    "$id: a read-only test endpoint, a key page and non-empty facts",
    (p) => {
      expect(p.hosts.length).toBeGreaterThan(0);
      expect(p.keyFormats.length).toBeGreaterThan(0);
      expect(p.badKeyAnswers.length).toBeGreaterThan(0);
      expect(p.keyPage).toMatch(/^https:\/\//);
      expect(p.authHint.length).toBeGreaterThan(20);
      // Only Slack's auth.test is a POST, and it is read-only.
      expect(p.testEndpoint.method === "GET" || p.id === "slack").toBe(true);
      expect(p.testEndpoint.url).toMatch(/^https:\/\//);
    },
  );

  it.each(PROVIDERS.filter((p) => p.id !== "custom" && p.id !== "azure-openai"))(
    "$id: the test endpoint's host is recognised as the same provider",
    (p) => {
      expect(providerForHost(new URL(p.testEndpoint.url).hostname)?.id).toBe(p.id);
    },
  );

  it("azure-openai's templated test endpoint is still on one of its host suffixes", () => {
    const p = getProvider("azure-openai");
    expect(providerForHost(new URL(p.testEndpoint.url).hostname)?.id).toBe("azure-openai");
  });

  it("carries the provider facts the diagnosis relies on", () => {
    expect(getProvider("anthropic").requiredHeaders).toEqual({ "anthropic-version": "2023-06-01" });
    expect(getProvider("anthropic").auth).toEqual({ placement: "header", name: "x-api-key" });
    expect(getProvider("gemini").auth).toEqual({ placement: "header", name: "x-goog-api-key" });
    expect(getProvider("gemini").alternativeAuth).toContainEqual({
      placement: "query",
      name: "key",
    });
    expect(getProvider("azure-openai").auth).toEqual({ placement: "header", name: "api-key" });
    expect(getProvider("gitlab").auth).toEqual({ placement: "header", name: "PRIVATE-TOKEN" });
    expect(getProvider("datadog").auth).toEqual({ placement: "header", name: "DD-API-KEY" });
    expect(getProvider("twilio").auth).toEqual({ placement: "basic" });
    expect(getProvider("custom").auth).toEqual({ placement: "bearer" });
    const statuses = (id: (typeof PROVIDER_IDS)[number]) =>
      getProvider(id).badKeyAnswers.map((a) => a.status);
    expect(statuses("gemini")).toContain(400);
    expect(statuses("slack")).toContain(200);
    expect(statuses("anthropic")).toContain(404);
    expect(statuses("datadog")).toContain(403);
    expect(statuses("xai")).toContain(400);
  });

  it("throws for an id outside the catalog", () => {
    expect(() => getProvider("nope" as never)).toThrow(/unknown provider/);
  });
});

describe("matchBadKeyAnswer over the recorded provider answers", () => {
  const providerRows = ANSWERS.filter((a) => a.expect.providerId !== undefined);

  it("covers every provider but custom", () => {
    const covered = new Set(providerRows.map((a) => a.expect.providerId));
    for (const id of PROVIDER_IDS) if (id !== "custom") expect(covered).toContain(id);
  });

  it.each(providerRows)("$id → $expect.meaning", (a) => {
    expect(matchBadKeyAnswer(a.expect.providerId!, a.status, a.body)?.meaning).toBe(
      a.expect.meaning,
    );
  });

  it("does not read a Slack 200 without ok:false as a bad key", () => {
    expect(matchBadKeyAnswer("slack", 200, '{"ok":true,"team":"T1"}')).toBeUndefined();
  });

  it("falls back to a status-only entry when no body pattern fits", () => {
    expect(matchBadKeyAnswer("openai", 429, "slow down")?.meaning).toBe("rate_limited");
    expect(matchBadKeyAnswer("openai", 418, "teapot")).toBeUndefined();
  });
});

describe("catalog text is plain", () => {
  // The wizard and the report show these strings as they are: markdown would show up raw.
  it.each(PROVIDERS.map((p) => [p.id, p] as const))("%s", (_id, p) => {
    const texts = [
      p.authHint,
      p.testEndpoint.description,
      ...p.keyFormats.map((f) => f.description),
      ...p.badKeyAnswers.map((a) => a.note),
    ];
    for (const text of texts) expect(text).not.toMatch(/`|\*\*|…\./);
  });
});

describe("provider facts kept in the catalog", () => {
  it("names the environment variables every known provider's SDK reads, the usual first", () => {
    for (const p of PROVIDERS) {
      if (p.id === "custom") expect(p.env).toBeUndefined();
      else for (const name of p.env?.keys ?? [""]) expect(name, p.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(getProvider("openai").env?.keys[0]).toBe("OPENAI_API_KEY");
    // Cohere's SDK reads CO_API_KEY; COHERE_API_KEY is the tutorials' spelling.
    expect(getProvider("cohere").env?.keys).toEqual(["CO_API_KEY", "COHERE_API_KEY"]);
  });

  it("keeps GitHub's classic token scheme beside its Bearer placement", () => {
    expect(getProvider("github").extraSchemes).toEqual(["token"]);
    expect(PROVIDERS.filter((p) => p.extraSchemes !== undefined).map((p) => p.id)).toEqual([
      "github",
    ]);
  });

  it("rejects an environment variable name a shell would not take", () => {
    const bad = ENTRIES.map((p) =>
      p.id === "openai" ? { ...p, env: { keys: ["openai key"], baseUrls: [] } } : p,
    );
    expect(() => catalogSchema.parse(bad)).toThrow(/environment variable/);
  });
});
