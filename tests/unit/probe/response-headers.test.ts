import { describe, expect, it } from "vitest";
import { isKeptHeader } from "@/lib/probe/response-headers";

describe("the response header allow-list", () => {
  it.each([
    "www-authenticate",
    "x-accepted-github-permissions",
    "x-accepted-oauth-scopes",
    "apim-request-id",
    "x-kong-response-latency",
  ])("keeps %s (evidence the rules read)", (name) => {
    expect(isKeptHeader(name)).toBe(true);
  });

  it.each(["authorization", "cookie", "x-api-key", "x-random-internal"])("drops %s", (name) => {
    expect(isKeptHeader(name)).toBe(false);
  });
});
