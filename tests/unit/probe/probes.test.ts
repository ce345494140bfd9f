import { describe, expect, it } from "vitest";
import { inspectKey } from "@/lib/inspect";
import { planProbes, USER_AGENT } from "@/lib/probe/probes";
import { getProvider } from "@/lib/providers";

const URL_ = new URL("https://api.example.com/v1/models?x=1");

function plan(key: string, overrides: Partial<Parameters<typeof planProbes>[0]> = {}) {
  return planProbes({
    url: URL_,
    key,
    inspection: inspectKey(key),
    auth: { placement: "bearer" },
    headers: {},
    tryVariants: true,
    ...overrides,
  });
}

describe("planProbes", () => {
  it("as-sent, no-credential, then up to four alternatives; at most 8", () => {
    const plans = plan("sk-abcdefghijklmnopqrstuvwxyz012345");
    expect(plans.map((p) => p.variant)).toEqual([
      "as-sent",
      "no-credential",
      "authorization",
      "x-api-key",
      "api-key",
    ]);
    expect(plans.length).toBeLessThanOrEqual(8);
  });

  it("adds cleaned only when inspection cleaned something", () => {
    const plans = plan(" sk-abcdefghijklmnopqrstuvwxyz012345\n");
    expect(plans.map((p) => p.variant).slice(0, 3)).toEqual([
      "as-sent",
      "no-credential",
      "cleaned",
    ]);
    expect(plans[0]?.headers.authorization).toBe("Bearer  sk-abcdefghijklmnopqrstuvwxyz012345\n");
    expect(plans[2]?.headers.authorization).toBe("Bearer sk-abcdefghijklmnopqrstuvwxyz012345");
  });

  it("places the key as each placement asks", () => {
    const key = "k3y-abcdefghijklmnop";
    const one = (auth: Parameters<typeof planProbes>[0]["auth"]) =>
      plan(key, { auth, tryVariants: false })[0]!;
    expect(one({ placement: "authorization" }).headers.authorization).toBe(key);
    expect(one({ placement: "basic" }).headers.authorization).toBe(
      `Basic ${Buffer.from(`${key}:`).toString("base64")}`,
    );
    expect(one({ placement: "header", name: "X-Custom-Key" }).headers["x-custom-key"]).toBe(key);
    const query = one({ placement: "query", name: "key" });
    expect(query.url.searchParams.get("key")).toBe(key);
    expect(query.url.searchParams.get("x")).toBe("1");
    expect(query.headers.authorization).toBeUndefined();
  });

  it("no-credential carries no key anywhere", () => {
    const key = "sk-abcdefghijklmnopqrstuvwxyz012345";
    const none = plan(key).find((p) => p.variant === "no-credential")!;
    expect(JSON.stringify(none.headers)).not.toContain(key);
    expect(none.url.toString()).not.toContain(key);
  });

  it("every probe carries the user's headers, the provider's required headers, our UA and identity encoding", () => {
    const plans = plan("sk-ant-api03-abcdefghijklmnopqrstuvwxyz", {
      auth: { placement: "header", name: "x-api-key" },
      provider: getProvider("anthropic"),
      providerId: "anthropic",
      headers: { "X-Trace": "t1", "User-Agent": "spoof", "Accept-Encoding": "gzip" },
    });
    for (const p of plans) {
      expect(p.headers["anthropic-version"]).toBeDefined();
      expect(p.headers["x-trace"]).toBe("t1");
      expect(p.headers["user-agent"]).toBe(USER_AGENT);
      expect(p.headers["accept-encoding"]).toBe("identity");
      expect(p.url.origin).toBe(URL_.origin);
    }
  });

  it("descriptions never hold the key", () => {
    const key = "sk-abcdefghijklmnopqrstuvwxyz012345";
    for (const p of plan(` ${key}`)) expect(p.description).not.toContain("abcdef");
  });
});
