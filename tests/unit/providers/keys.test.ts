import { describe, expect, it } from "vitest";
import { PROVIDERS, providersForKey, truncatedFormatsForKey } from "@/lib/providers";
import { randomString, SAMPLE_KEYS } from "./samples";

const FORMATS = PROVIDERS.flatMap((p) => p.keyFormats.map((f) => ({ providerId: p.id, ...f })));

describe("providersForKey", () => {
  it("has a sample key for every catalog format (and no stale samples)", () => {
    expect(Object.keys(SAMPLE_KEYS).sort()).toEqual(FORMATS.map((f) => f.id).sort());
  });

  it.each(FORMATS)("$id: a realistic sample is recognised as $kind", (f) => {
    const key = SAMPLE_KEYS[f.id]!;
    expect(key.length).toBeGreaterThanOrEqual(f.minLength);
    expect(key.length).toBeLessThanOrEqual(f.maxLength);
    const matches = providersForKey(key);
    const expected = {
      providerId: f.providerId,
      formatId: f.id,
      keyKind: f.kind,
      specific: f.prefix !== undefined,
    };
    // A generic format (32 hex…) is ambiguous by nature: it must be found, not necessarily first.
    if (f.prefix !== undefined) expect(matches[0]).toEqual(expected);
    else expect(matches).toContainEqual(expected);
  });

  it.each(FORMATS.filter((f) => f.prefix !== undefined))(
    "$id: a distinctive format is claimed by its provider alone",
    (f) => {
      const owners = new Set(providersForKey(SAMPLE_KEYS[f.id]!).map((m) => m.providerId));
      expect([...owners]).toEqual([f.providerId]);
    },
  );

  it.each([
    ["sk-ant-api03 is Anthropic, not OpenAI", SAMPLE_KEYS["anthropic-api"]!, "anthropic", "secret"],
    [
      "sk-ant-admin01 is an Anthropic admin key",
      SAMPLE_KEYS["anthropic-admin"]!,
      "anthropic",
      "admin",
    ],
    ["sk-proj- is an OpenAI project key", SAMPLE_KEYS["openai-project"]!, "openai", "project"],
    ["sk-svcacct-", SAMPLE_KEYS["openai-service-account"]!, "openai", "service_account"],
    ["xai- is xAI", SAMPLE_KEYS["xai-key"]!, "xai", "secret"],
    ["gsk_ is Groq", SAMPLE_KEYS["groq-key"]!, "groq", "secret"],
    ["Stripe pk_ is publishable", SAMPLE_KEYS["stripe-publishable-live"]!, "stripe", "publishable"],
    ["Stripe rk_ is restricted", SAMPLE_KEYS["stripe-restricted-test"]!, "stripe", "restricted"],
    ["SendGrid SG. key", SAMPLE_KEYS["sendgrid-key"]!, "sendgrid", "secret"],
    ["Twilio SK sid is a key id", SAMPLE_KEYS["twilio-api-key-sid"]!, "twilio", "key_id"],
    ["Twilio AC sid is an account id", SAMPLE_KEYS["twilio-account-sid"]!, "twilio", "account_id"],
    [
      "37 hex is a Cloudflare global key",
      SAMPLE_KEYS["cloudflare-global-key"]!,
      "cloudflare",
      "global_key",
    ],
    [
      "40 hex is a Datadog application key",
      SAMPLE_KEYS["datadog-application-key"]!,
      "datadog",
      "application_key",
    ],
    [
      "ghp_ (40 chars) is GitHub, not a Cloudflare token",
      SAMPLE_KEYS["github-classic-pat"]!,
      "github",
      "token",
    ],
  ])("%s", (_label, key, providerId, keyKind) => {
    expect(providersForKey(key)[0]).toMatchObject({ providerId, keyKind });
    if (key.startsWith("sk-ant-")) {
      expect(providersForKey(key).some((m) => m.providerId === "openai")).toBe(false);
    }
  });

  it("usable-as-credential flags the kinds that cannot authenticate", () => {
    const unusable = FORMATS.filter((f) => !f.usableAsCredential).map((f) => f.id);
    for (const id of [
      "stripe-publishable-live",
      "sendgrid-key-id",
      "twilio-api-key-sid",
      "twilio-account-sid",
      "cloudflare-global-key",
      "datadog-application-key",
    ]) {
      expect(unusable).toContain(id);
    }
    for (const id of ["stripe-secret-live", "stripe-restricted-live", "anthropic-api"]) {
      expect(unusable).not.toContain(id);
    }
  });

  it("generic formats rank below every distinctive one and never claim a prefixed key", () => {
    const prefixed = FORMATS.filter((f) => f.prefix !== undefined);
    for (const f of prefixed) {
      for (const m of providersForKey(SAMPLE_KEYS[f.id]!)) expect(m.specific).toBe(true);
    }
    // 32 alphanumerics with a capital: only Mistral's generic format fits.
    const mistral = `Q${randomString("abcdefghijklmnopqrstuvwxyz0123456789", 31, 9)}`;
    expect(providersForKey(mistral).map((m) => m.providerId)).toEqual(["mistral"]);
    // 32 lower-case hex fits Azure, Datadog and Mistral: the hex ones rank first.
    const hex = providersForKey(SAMPLE_KEYS["datadog-api-key"]!).map((m) => m.providerId);
    expect(hex.slice(0, 2).sort()).toEqual(["azure-openai", "datadog"]);
    expect(hex.at(-1)).toBe("mistral");
    expect(hex).not.toContain("custom");
  });

  it.each(["", "hello world", "sk-", "Bearer sk-abc", `sk-proj-${"a".repeat(300)}`, "ghp_short"])(
    "%j matches no format",
    (key) => {
      expect(providersForKey(key)).toEqual([]);
    },
  );
});

describe("truncatedFormatsForKey", () => {
  it.each([
    [SAMPLE_KEYS["openai-project"]!.slice(0, 40), "openai", "openai-project", 56],
    [SAMPLE_KEYS["anthropic-api"]!.slice(0, 60), "anthropic", "anthropic-api", 93],
    [SAMPLE_KEYS["github-classic-pat"]!.slice(0, 30), "github", "github-classic-pat", 40],
    [SAMPLE_KEYS["stripe-secret-live"]!.slice(0, 20), "stripe", "stripe-secret-live", 32],
    [SAMPLE_KEYS["sendgrid-key"]!.slice(0, 50), "sendgrid", "sendgrid-key", 69],
    [SAMPLE_KEYS["google-api-key"]!.slice(0, 30), "gemini", "google-api-key", 39],
    [SAMPLE_KEYS["groq-key"]!.slice(0, 20), "groq", "groq-key", 52],
    [SAMPLE_KEYS["xai-key"]!.slice(0, 50), "xai", "xai-key", 74],
  ])("%j is a truncated %s key", (key, providerId, formatId, expectedMin) => {
    expect(truncatedFormatsForKey(key)[0]).toEqual({ providerId, formatId, expectedMin });
  });

  it("a cut sk-proj- key is not also reported as a cut legacy sk- key", () => {
    const found = truncatedFormatsForKey(SAMPLE_KEYS["openai-project"]!.slice(0, 30));
    expect(found.map((f) => f.formatId)).toEqual(["openai-project"]);
  });

  it.each([
    ["a legacy key cut short", "sk-abc123"],
    ["a cut inside a longer prefix", "sk-pro"],
  ])("%s is still an OpenAI key cut short", (_label, key) => {
    const found = truncatedFormatsForKey(key);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.providerId).toBe("openai");
  });

  it.each([
    ["a whole key", SAMPLE_KEYS["openai-project"]!],
    ["a bare prefix", "sk-proj-"],
    ["a key heading for a longer prefix (sk-ant-…) is no cut legacy sk- key", "sk-ant-abc123"],
    ["a two-letter prefix (Twilio AC/SK)", "SKIP"],
    ["no known prefix", "abcdef"],
    ["empty", ""],
  ])("%s is not truncated", (_label, key) => {
    expect(truncatedFormatsForKey(key)).toEqual([]);
  });
});
