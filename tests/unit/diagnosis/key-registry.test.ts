/**
 * Keys of services beyond the provider catalog: a registry format sent to another
 * provider is `key_wrong_provider` naming the service; a bare shape claims no one; on a
 * custom API the format is information in the key summary, never a cause.
 */
import { describe, expect, it } from "vitest";
import { buildReport, diagnose } from "@/lib/diagnosis";
import { buildEvidence, type EvidenceSpec, recorded } from "./build-evidence";
import { alnum, hex } from "./keys";

const SHOPIFY = `shpat_${hex(32, 401)}`;
const TELEGRAM = `7123456789:AA${alnum(33, 402)}`;
const NPM = `npm_${alnum(36, 403)}`;
const DIGITALOCEAN = `dop_v1_${hex(64, 404)}`;
const MISTRAL_SHAPED = alnum(32, 405);

const CASES: { name: string; spec: EvidenceSpec; headline: RegExp }[] = [
  {
    name: "a Shopify Admin API token sent to OpenAI",
    spec: {
      key: SHOPIFY,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    headline:
      /^This looks like a Shopify Admin API access token \(shpat_…\), not a key for OpenAI$/,
  },
  {
    name: "a Telegram bot token sent to Slack",
    spec: { key: TELEGRAM, provider: "slack", probes: [recorded("as-sent", "slack-invalid-auth")] },
    headline: /Telegram bot token, not a key for Slack/,
  },
  {
    name: "an npm token sent to GitHub",
    spec: { key: NPM, provider: "github", probes: [recorded("as-sent", "github-bad-credentials")] },
    headline: /npm access token \(npm_…\), not a key for GitHub/,
  },
  {
    name: "a DigitalOcean token sent to Cloudflare (inspection only)",
    spec: { key: DIGITALOCEAN, provider: "cloudflare" },
    headline: /DigitalOcean personal access token \(dop_v1_…\), not a key for Cloudflare/,
  },
];

describe("registry formats sent to another provider", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const causes = diagnose(await buildEvidence(c.spec));
    const summary = causes.map((x) => `${x.id}:${x.confidence}`).join(", ");
    expect(causes[0]?.id, summary).toBe("key_wrong_provider");
    const report = buildReport(await buildEvidence(c.spec), "2026-11-27T12:00:00.000Z");
    expect(report.verdict.headline).toMatch(c.headline);
  });

  it("says the registry's caution about that kind of key (an AWS key ID is no secret)", async () => {
    const spec: EvidenceSpec = {
      key: `AKIA${"Q7BZ3KQ9TFWM2XCR"}`,
      provider: "anthropic",
      probes: [recorded("as-sent", "anthropic-invalid-key")],
    };
    const report = buildReport(await buildEvidence(spec), "2026-11-27T12:00:00.000Z");
    expect(report.causes[0]?.id).toBe("key_wrong_provider");
    expect(report.causes[0]?.evidence).toContain("That kind of key is the ID, not the secret.");
    expect(report.key.looksLike?.description).toBe(
      "an AWS access key ID (AKIA…): the ID, not the secret",
    );
  });

  it("a registry format of the endpoint's own provider is no wrong provider", async () => {
    const runner = `glrt-${alnum(20, 406)}`;
    const causes = diagnose(
      await buildEvidence({
        key: runner,
        provider: "gitlab",
        probes: [recorded("as-sent", "gitlab-unauthorized")],
      }),
    );
    expect(causes.map((c) => c.id)).not.toContain("key_wrong_provider");
  });
});

describe("bare shapes claim no provider", () => {
  it("32 letters and digits sent to OpenAI is not called a Mistral key", async () => {
    const spec: EvidenceSpec = {
      key: MISTRAL_SHAPED,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    };
    const report = buildReport(await buildEvidence(spec), "2026-11-27T12:00:00.000Z");
    expect(report.causes.map((c) => c.id)).not.toContain("key_wrong_provider");
    expect(JSON.stringify(report)).not.toMatch(/Mistral/);
    expect(report.key.looksLike).toBeUndefined();
  });

  it("on Mistral's own host the same key only could be Mistral's", async () => {
    const report = buildReport(
      await buildEvidence({ key: MISTRAL_SHAPED, provider: "mistral" }),
      "2026-11-27T12:00:00.000Z",
    );
    expect(report.key.looksLike).toEqual({
      service: "Mistral AI",
      description: "a Mistral API key (32 letters and digits)",
      certainty: "possible",
    });
  });
});

describe("on a custom API the format is information, not a cause", () => {
  it("the key summary says what the key looks like; no cause blames the provider", async () => {
    const spec: EvidenceSpec = {
      key: SHOPIFY,
      url: "https://api.example.com/v1/orders",
      probes: [{ variant: "as-sent", status: 401, body: '{"error":"unauthorized"}' }],
    };
    const report = buildReport(await buildEvidence(spec), "2026-11-27T12:00:00.000Z");
    expect(report.key.looksLike).toEqual({
      service: "Shopify",
      description: "a Shopify Admin API access token (shpat_…)",
      certainty: "exact",
    });
    expect(report.causes.map((c) => c.id)).not.toContain("key_wrong_provider");
    expect(JSON.stringify(report)).not.toContain(SHOPIFY.slice(6));
  });
});
