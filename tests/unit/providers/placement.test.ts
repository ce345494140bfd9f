import { describe, expect, it } from "vitest";
import {
  applyCredential,
  authName,
  credentialHeader,
  credentialHeaderAmong,
  credentialSlot,
  DEFAULT_HEADER_NAME,
  DEFAULT_QUERY_NAME,
  placementLabel,
  placementName,
  type ResolvedAuth,
  sameAuth,
  withName,
} from "@/lib/providers";

const ALL: ResolvedAuth[] = [
  { placement: "bearer" },
  { placement: "authorization" },
  { placement: "basic" },
  { placement: "header", name: "X-Api-Key" },
  { placement: "query", name: "Key" },
];

describe("applyCredential", () => {
  it.each([
    [{ placement: "bearer" }, { headers: { Authorization: "Bearer k1" }, query: {} }],
    [{ placement: "authorization" }, { headers: { Authorization: "k1" }, query: {} }],
    [
      { placement: "header", name: "X-Api-Key" },
      { headers: { "X-Api-Key": "k1" }, query: {} },
    ],
    [
      { placement: "query", name: "Key" },
      { headers: {}, query: { Key: "k1" } },
    ],
  ] as [ResolvedAuth, unknown][])("%j", (auth, expected) => {
    expect(applyCredential(auth, "k1")).toEqual(expected);
  });

  it("encodes Basic from UTF-8 bytes, the key as user name unless it holds a colon", () => {
    const basic = (key: string) =>
      applyCredential({ placement: "basic" }, key).headers.Authorization;
    expect(basic("sk_test_1")).toBe(`Basic ${Buffer.from("sk_test_1:").toString("base64")}`);
    expect(basic("user:pässword")).toBe(
      `Basic ${Buffer.from("user:pässword", "utf8").toString("base64")}`,
    );
  });

  it("writes the key in exactly the slot credentialSlot names", () => {
    for (const auth of ALL) {
      const applied = applyCredential(auth, "k1");
      const slot = credentialSlot(auth);
      const names =
        slot.location === "header"
          ? Object.keys(applied.headers).map((h) => h.toLowerCase())
          : Object.keys(applied.query);
      expect(names, JSON.stringify(auth)).toEqual([slot.name]);
      expect(credentialHeader(auth)).toBe(slot.location === "header" ? slot.name : undefined);
    }
  });
});

describe("placementLabel", () => {
  it("shows each placement as it looks on the wire", () => {
    expect(ALL.map((a) => placementLabel(a))).toEqual([
      "Authorization: Bearer <key>",
      "Authorization: <key>",
      "Authorization: Basic base64(<key>)",
      "X-Api-Key: <key>",
      "?Key=<key> in the URL",
    ]);
    expect(placementLabel({ placement: "bearer" }, "<cleaned key>")).toBe(
      "Authorization: Bearer <cleaned key>",
    );
    expect(placementLabel(undefined)).toBe("the chosen header");
  });
});

describe("names", () => {
  it("fills one default per named placement, and keeps a given or provider name", () => {
    expect(withName("header", undefined)).toEqual({
      placement: "header",
      name: DEFAULT_HEADER_NAME,
    });
    expect(withName("query", " ")).toEqual({ placement: "query", name: DEFAULT_QUERY_NAME });
    expect(withName("query", undefined, "key")).toEqual({ placement: "query", name: "key" });
    expect(withName("query", "token", "key")).toEqual({ placement: "query", name: "token" });
    expect(withName("bearer", "ignored")).toEqual({ placement: "bearer" });
    expect(DEFAULT_QUERY_NAME).toBe("api_key");
  });

  it("compares header names without case and query names exactly", () => {
    expect(
      sameAuth(
        { placement: "header", name: "X-API-Key" },
        { placement: "header", name: "x-api-key" },
      ),
    ).toBe(true);
    expect(sameAuth({ placement: "query", name: "Key" }, { placement: "query", name: "key" })).toBe(
      false,
    );
    expect(
      sameAuth({ placement: "header", name: "Authorization" }, { placement: "authorization" }),
    ).toBe(false);
    expect(sameAuth({ placement: "bearer" }, { placement: "basic" })).toBe(false);
    expect(placementName({ placement: "query", name: "Key" })).toBe("key");
    expect(ALL.map(authName)).toEqual([undefined, undefined, undefined, "X-Api-Key", "Key"]);
  });
});

describe("credentialHeaderAmong", () => {
  it("names the extra header that would carry a credential, in its own spelling", () => {
    const extra = ["Accept", "X-Request-Id"];
    for (const auth of ALL) {
      expect(credentialHeaderAmong(extra, auth)).toBeUndefined();
      expect(credentialHeaderAmong([...extra, "AUTHORIZATION"], auth)).toBe("AUTHORIZATION");
      expect(credentialHeaderAmong([...extra, "Cookie"], auth)).toBe("Cookie");
    }
    const header: ResolvedAuth = { placement: "header", name: "X-Api-Key" };
    expect(credentialHeaderAmong(["x-api-key"], header)).toBe("x-api-key");
    expect(credentialHeaderAmong(["x-api-key"], { placement: "bearer" })).toBeUndefined();
    // A query placement carries the key in the URL: a header of that name is just a header.
    expect(credentialHeaderAmong(["Key"], { placement: "query", name: "Key" })).toBeUndefined();
  });
});
