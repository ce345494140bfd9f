import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { buildEvidence, type ProbeSpec } from "./build-evidence";

/**
 * What the command line adds (`environment.local`): other values of the same variable,
 * probed, and the answers sent around the environment's proxy. Pure rules, recorded-style
 * answers; the CLI tests prove the same end to end with the built command.
 */

const KEY = "sk-proj-localEvidence0123456789abcdefABCDEFghijklmnopqrstuvw";
const OK = { status: 200, body: '{"object":"list","data":[]}' };
const INVALID = {
  status: 401,
  body: '{"error":{"message":"Incorrect API key provided: sk-pro***tuvw.","code":"invalid_api_key"}}',
};
const MISSING = {
  status: 401,
  body: `{"error":{"message":"You didn't provide an API key.","code":null}}`,
};
const ok = (variant: ProbeSpec["variant"]): ProbeSpec => ({ variant, ...OK });
const refused = (variant: ProbeSpec["variant"]): ProbeSpec => ({ variant, ...INVALID });
const missing = (variant: ProbeSpec["variant"]): ProbeSpec => ({ variant, ...MISSING });

async function probesOf(probes: ProbeSpec[]): Promise<ProbeResult[]> {
  return (await buildEvidence({ key: KEY, provider: "openai", probes })).probes;
}

describe("another value of the same variable", () => {
  const other = (works: boolean) => ({
    source: ".env",
    fingerprint: "sha256:0badc0de",
    length: 59,
    works,
  });

  it("that works where the used one is refused is stale_environment, on top", async () => {
    const ev = await buildEvidence({
      key: KEY,
      provider: "openai",
      probes: [refused("as-sent"), missing("no-credential")],
      environment: {
        local: { source: "the environment variable OPENAI_API_KEY", others: [other(true)] },
      },
    });
    const [top] = diagnose(ev);
    expect(top?.id).toBe("stale_environment");
    expect(top?.confidence).toBeGreaterThan(0.9);
    expect(top?.evidence.join(" ")).toContain("sha256:0badc0de");
    expect(top?.evidence.join(" ")).toContain("the environment variable OPENAI_API_KEY");
  });

  it("that is refused too proves nothing: the key cause stays on top", async () => {
    const ev = await buildEvidence({
      key: KEY,
      provider: "openai",
      probes: [refused("as-sent"), missing("no-credential")],
      environment: {
        local: { source: "the environment variable OPENAI_API_KEY", others: [other(false)] },
      },
    });
    expect(diagnose(ev)[0]?.id).toBe("key_rejected");
  });

  it("is not a cause when the used value works", async () => {
    const ev = await buildEvidence({
      key: KEY,
      provider: "openai",
      probes: [ok("as-sent"), missing("no-credential")],
      environment: {
        local: { source: "the environment variable OPENAI_API_KEY", others: [other(true)] },
      },
    });
    const causes = diagnose(ev);
    expect(causes[0]?.id).toBe("credentials_work");
    expect(causes.find((c) => c.id === "stale_environment")?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe("the same probes sent around the proxy", () => {
  it("the key counts directly but not through the proxy: proxy_strips_auth, on top", async () => {
    const direct = await probesOf([ok("as-sent"), missing("no-credential")]);
    const ev = await buildEvidence({
      key: KEY,
      provider: "openai",
      probes: [missing("as-sent"), missing("no-credential")],
      environment: { local: { source: "x", others: [], proxy: { host: "proxy:3128", direct } } },
    });
    const [top] = diagnose(ev);
    expect(top?.id).toBe("proxy_strips_auth");
    expect(top?.evidence.join(" ")).toContain("proxy:3128");
  });

  it("the key counts for nothing directly either: not the proxy's doing", async () => {
    const direct = await probesOf([missing("as-sent"), missing("no-credential")]);
    const ev = await buildEvidence({
      key: KEY,
      provider: "openai",
      probes: [missing("as-sent"), missing("no-credential")],
      environment: { local: { source: "x", others: [], proxy: { host: "proxy:3128", direct } } },
    });
    const causes = diagnose(ev);
    expect(causes[0]?.id).not.toBe("proxy_strips_auth");
    expect(causes.find((c) => c.id === "proxy_strips_auth")?.confidence ?? 0).toBeLessThan(0.5);
  });

  it("a 407 through the proxy with a direct 200 says the key itself is fine", async () => {
    const direct = await probesOf([ok("as-sent"), missing("no-credential")]);
    const proxyAnswer = {
      status: 407,
      headers: { "proxy-authenticate": 'Basic realm="corp"' },
      body: "Proxy Authentication Required",
    };
    const ev = await buildEvidence({
      key: KEY,
      provider: "openai",
      probes: [
        { variant: "as-sent", ...proxyAnswer },
        { variant: "no-credential", ...proxyAnswer },
      ],
      environment: { local: { source: "x", others: [], proxy: { host: "proxy:3128", direct } } },
    });
    const [top] = diagnose(ev);
    expect(top?.id).toBe("proxy_auth_required");
    expect(top?.evidence.join(" ")).toMatch(
      /Sent directly, without the proxy at proxy:3128, .*200 OK/,
    );
  });
});
