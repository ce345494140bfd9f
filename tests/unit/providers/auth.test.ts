import { describe, expect, it } from "vitest";
import {
  type AuthPlacement,
  alternativePlacements,
  authName,
  getProvider,
  PROVIDER_IDS,
  type ProviderId,
  type ResolvedAuth,
  resolveAuth,
} from "@/lib/providers";

describe("resolveAuth", () => {
  const rows: [
    ProviderId | undefined,
    { placement: AuthPlacement | "auto"; name?: string },
    ResolvedAuth,
  ][] = [
    [undefined, { placement: "auto" }, { placement: "bearer" }],
    ["custom", { placement: "auto" }, { placement: "bearer" }],
    ["openai", { placement: "auto" }, { placement: "bearer" }],
    ["anthropic", { placement: "auto" }, { placement: "header", name: "x-api-key" }],
    ["gemini", { placement: "auto" }, { placement: "header", name: "x-goog-api-key" }],
    ["azure-openai", { placement: "auto" }, { placement: "header", name: "api-key" }],
    ["gitlab", { placement: "auto" }, { placement: "header", name: "PRIVATE-TOKEN" }],
    ["datadog", { placement: "auto" }, { placement: "header", name: "DD-API-KEY" }],
    ["twilio", { placement: "auto" }, { placement: "basic" }],
    // Explicit placements are honoured, whatever the provider prefers.
    ["anthropic", { placement: "bearer" }, { placement: "bearer" }],
    ["openai", { placement: "authorization" }, { placement: "authorization" }],
    ["stripe", { placement: "basic" }, { placement: "basic" }],
    ["openai", { placement: "bearer", name: "ignored" }, { placement: "bearer" }],
    // Header and query names: asked for, else the provider's, else a common default.
    [undefined, { placement: "header" }, { placement: "header", name: "X-API-Key" }],
    ["openai", { placement: "header" }, { placement: "header", name: "X-API-Key" }],
    ["anthropic", { placement: "header" }, { placement: "header", name: "x-api-key" }],
    ["cloudflare", { placement: "header" }, { placement: "header", name: "X-Auth-Key" }],
    ["openai", { placement: "header", name: "Api-Key" }, { placement: "header", name: "Api-Key" }],
    ["openai", { placement: "header", name: "  " }, { placement: "header", name: "X-API-Key" }],
    [undefined, { placement: "query" }, { placement: "query", name: "api_key" }],
    ["gemini", { placement: "query" }, { placement: "query", name: "key" }],
    ["gemini", { placement: "query", name: "token" }, { placement: "query", name: "token" }],
  ];

  it.each(rows)("%s %j → %j", (providerId, requested, expected) => {
    expect(resolveAuth(providerId, requested)).toEqual(expected);
  });

  it("returns a copy, so callers cannot edit the catalog", () => {
    const auth = resolveAuth("anthropic", { placement: "auto" });
    (auth as { name?: string }).name = "changed";
    expect(authName(resolveAuth("anthropic", { placement: "auto" }))).toBe("x-api-key");
  });
});

describe("alternativePlacements", () => {
  const rows: [ProviderId | undefined, ResolvedAuth, ResolvedAuth[]][] = [
    [
      undefined,
      { placement: "bearer" },
      [
        { placement: "authorization" },
        { placement: "header", name: "X-API-Key" },
        { placement: "header", name: "api-key" },
      ],
    ],
    [
      "anthropic",
      { placement: "bearer" },
      [
        { placement: "header", name: "x-api-key" },
        { placement: "authorization" },
        { placement: "header", name: "api-key" },
      ],
    ],
    [
      "anthropic",
      { placement: "header", name: "X-API-KEY" },
      [
        { placement: "bearer" },
        { placement: "authorization" },
        { placement: "header", name: "api-key" },
      ],
    ],
    [
      "gemini",
      { placement: "header", name: "x-goog-api-key" },
      [
        { placement: "query", name: "key" },
        { placement: "bearer" },
        { placement: "authorization" },
        { placement: "header", name: "X-API-Key" },
      ],
    ],
    [
      "openai",
      { placement: "header", name: "X-API-Key" },
      [
        { placement: "bearer" },
        { placement: "authorization" },
        { placement: "header", name: "api-key" },
      ],
    ],
    [
      "azure-openai",
      { placement: "bearer" },
      [
        { placement: "header", name: "api-key" },
        { placement: "authorization" },
        { placement: "header", name: "X-API-Key" },
      ],
    ],
    [
      "stripe",
      { placement: "bearer" },
      [
        { placement: "basic" },
        { placement: "authorization" },
        { placement: "header", name: "X-API-Key" },
        { placement: "header", name: "api-key" },
      ],
    ],
  ];

  it.each(rows)("%s, chosen %j", (providerId, chosen, expected) => {
    expect(alternativePlacements(providerId, chosen)).toEqual(expected);
  });

  it.each([undefined, "openai", "anthropic", "gemini", "twilio", "cloudflare", "custom"] as const)(
    "%s: at most 4, never the chosen one, no query unless the provider expects it",
    (id) => {
      for (const chosen of [
        { placement: "bearer" },
        { placement: "authorization" },
        { placement: "header", name: "X-API-Key" },
        { placement: "basic" },
      ] as ResolvedAuth[]) {
        const alts = alternativePlacements(id, chosen);
        expect(alts.length).toBeLessThanOrEqual(4);
        expect(alts.length).toBeGreaterThan(0);
        expect(alts).not.toContainEqual(chosen);
        if (id !== "gemini") expect(alts.some((a) => a.placement === "query")).toBe(false);
      }
    },
  );
});

describe("placements limited to some kinds of key", () => {
  it("Anthropic takes Bearer for OAuth tokens only, and says so in its catalog entry", () => {
    const bearer = getProvider("anthropic").alternativeAuth.find((a) => a.placement === "bearer");
    expect(bearer?.keyKinds).toEqual(["oauth_token"]);
  });

  it("hands the probe bare placements, without catalog-only fields", () => {
    for (const id of PROVIDER_IDS) {
      for (const alt of alternativePlacements(id, { placement: "query", name: "zz" })) {
        expect(Object.keys(alt).every((k) => k === "placement" || k === "name")).toBe(true);
      }
    }
  });
});
