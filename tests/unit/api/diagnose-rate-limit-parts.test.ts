import { describe, expect, it } from "vitest";
import { clientAddress, DIRECT_CLIENT } from "@/lib/api/client-address";
import { createMemoryRateLimitCounter } from "@/lib/api/memory-rate-limit";

describe("createMemoryRateLimitCounter", () => {
  it("counts within a fixed window and resets after it", async () => {
    const counter = createMemoryRateLimitCounter();
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await counter.hit("k", 3, 60_000, 1_000));
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false]);
    expect(hits[3]).toMatchObject({ remaining: 0, retryAfterSeconds: 60 });
    expect((await counter.hit("k", 3, 60_000, 31_000)).retryAfterSeconds).toBe(30);
    expect((await counter.hit("k", 3, 60_000, 61_000)).allowed).toBe(true);
  });

  it("stays bounded under a flood of distinct keys", async () => {
    const counter = createMemoryRateLimitCounter({ maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) await counter.hit(`k${i}`, 1, 60_000, 0);
    expect(counter.size()).toBeLessThanOrEqual(100);
  });
});

describe("clientAddress", () => {
  const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});
  it.each([
    [false, "1.2.3.4", DIRECT_CLIENT],
    [true, undefined, DIRECT_CLIENT],
    [true, "1.2.3.4", "1.2.3.4"],
    [true, "6.6.6.6, 1.2.3.4", "1.2.3.4"],
    [true, "6.6.6.6,::ffff:1.2.3.4", "1.2.3.4"],
    [true, "[2001:db8::1]:443", "2001:db8:0:0::/64"],
    [true, "2001:db8::1, 2001:db8::ffff:1", "2001:db8:0:0::/64"],
    [true, "1.2.3.4:5678", "1.2.3.4"],
    [true, "garbage", DIRECT_CLIENT],
  ] as const)("trust=%s xff=%s → %s", (trust, xff, expected) => {
    expect(clientAddress(headers(xff), { WHY401_TRUST_PROXY: trust })).toBe(expected);
  });
});

describe("clientAddress with the start server's stamp", () => {
  const secret = "0123456789abcdef0123456789abcdef";
  it.each([
    [
      "a stamp with the right secret names the socket address",
      `${secret} ::ffff:10.1.2.3`,
      "10.1.2.3",
    ],
    ["a forged stamp (wrong secret) is ignored", "guess 10.9.9.9", DIRECT_CLIENT],
    ["a stamp without an address is ignored", `${secret}`, DIRECT_CLIENT],
  ])("%s", (_name, stamp, expected) => {
    const headers = new Headers({ "x-why401-client": stamp, "x-forwarded-for": "6.6.6.6" });
    expect(clientAddress(headers, { WHY401_TRUST_PROXY: false }, secret)).toBe(expected);
  });

  it("without a secret (plain `next start`) every client shares one bucket", () => {
    const headers = new Headers({ "x-why401-client": "anything 10.1.2.3" });
    expect(clientAddress(headers, { WHY401_TRUST_PROXY: false }, undefined)).toBe(DIRECT_CLIENT);
  });
});
