import { describe, expect, it } from "vitest";
import { analyzeRequest, type RawEchoRequest } from "@/lib/echo/analyze";
import { fingerprintKey } from "@/lib/inspect";
import { canaryKey, leakedFragments } from "../echo/canary";

/**
 * Spellings that used to reach a stored capture with the key in them: the key glued to
 * its neighbours in the path or the query, with a trailing zero-width space, after a
 * scheme word, or as a header's name.
 */
const KEY = canaryKey();
/** A 40-character GitHub token: short enough that a segment holding it stays under the name cap. */
const GHP = canaryKey("ghp_", 36);

function req(pathAndQuery: string, headers: [string, string][] = []): RawEchoRequest {
  return { method: "GET", pathAndQuery, headers, body: null };
}

const cases = (KEY: string): [string, RawEchoRequest][] => [
  ["a ;-parameter in a segment", req(`/x;${KEY}/getMe`)],
  ["user-info style", req(`/token@${KEY}`)],
  ["a comma after it", req(`/p/${KEY},x`)],
  ["a trailing zero-width space", req(`/${KEY}%E2%80%8B/repos`)],
  ["a colon before it", req(`/auth:${KEY}/me`)],
  ["a bare query name ending in ;", req(`/v1/models?${KEY};`)],
  ["a scheme word in a query name", req(`/v1/models?x=1&Bearer%20${KEY}`)],
  ["a header named like the key", req("/v1/models", [[KEY.toLowerCase(), "1"]])],
  ["a header named x-<key>", req("/v1/models", [[`x-${KEY.toLowerCase()}`, "1"]])],
];

describe("echo captures never hold a key however it is glued into the request", () => {
  it.each([
    ...cases(KEY).map(([name, r]) => [`sk-proj: ${name}`, r, KEY, "sk-proj-"] as const),
    ...cases(GHP).map(([name, r]) => [`ghp_: ${name}`, r, GHP, "ghp_"] as const),
  ])("%s", async (_name, request, key, prefix) => {
    const capture = await analyzeRequest(request, { id: "c1", receivedAt: 0 });
    const stored = JSON.stringify(capture);
    expect(leakedFragments(stored, key, prefix)).toEqual([]);
    expect(leakedFragments(stored.toLowerCase(), key.toLowerCase(), prefix)).toEqual([]);
  });

  it("keeps the rest of the path and names the bare parameter by its fingerprint", async () => {
    const glued = await analyzeRequest(req(`/x;${KEY}/getMe`), { id: "c1", receivedAt: 0 });
    expect(glued.path).toBe("/<redacted>/getMe");
    const bare = await analyzeRequest(req(`/v1/models?${KEY};`), { id: "c2", receivedAt: 0 });
    expect(bare.path).toBe("/v1/models?<redacted>");
    expect(bare.credentials[0]?.fingerprint).toBe(await fingerprintKey(KEY));
  });

  it("leaves out the x-forwarded-* headers our own stack adds", async () => {
    const capture = await analyzeRequest(
      req("/v1/models", [
        ["x-forwarded-for", "10.0.0.1"],
        ["x-forwarded-proto", "https"],
        ["x-forwarded-host", "why401.example"],
        ["user-agent", "curl/8"],
      ]),
      { id: "c3", receivedAt: 0 },
    );
    expect(capture.headerNames).toEqual(["user-agent"]);
  });
});
