import { describe, expect, it } from "vitest";
import { detectLayer, GATEWAYS, LAYER_IDS, sameAuth } from "@/lib/providers";
import { ANSWERS } from "@/tests/fixtures/answers";

const entries = Object.entries(GATEWAYS);

describe("the gateway catalog", () => {
  it("has one entry per layer id, filed under its own id", () => {
    expect(Object.keys(GATEWAYS).sort()).toEqual([...LAYER_IDS].sort());
    for (const [id, g] of entries) expect(g.id).toBe(id);
  });

  it.each(entries)("%s has a name, a sentence name and a fix", (_id, g) => {
    expect(g.name.trim()).not.toBe("");
    expect(g.sentenceName.trim()).not.toBe("");
    expect(g.fix.trim()).not.toBe("");
  });

  it.each(entries)("%s has a fingerprint, or is the API / an unknown layer", (_id, g) => {
    if (!g.isGateway) {
      expect(["api", "unknown"]).toContain(g.id);
      return;
    }
    const host = g.detectedBy === undefined ? g : GATEWAYS[g.detectedBy];
    expect(typeof host.detect, g.id).toBe("function");
  });

  it.each(entries)(
    "%s names where it reads its credential, or says why it reads none",
    (_id, g) => {
      if (g.placements.length === 0) expect(g.noPlacementsBecause?.trim()).toBeTruthy();
      else expect(g.noPlacementsBecause).toBeUndefined();
      // No placement twice.
      for (const [i, p] of g.placements.entries()) {
        expect(g.placements.findIndex((q) => sameAuth(p, q))).toBe(i);
      }
    },
  );

  it("gives the placements each gateway documents", () => {
    expect(GATEWAYS.kong.placements).toEqual([
      { placement: "header", name: "apikey" },
      { placement: "query", name: "apikey" },
    ]);
    expect(GATEWAYS["azure-apim"].placements).toEqual([
      { placement: "header", name: "Ocp-Apim-Subscription-Key" },
      { placement: "query", name: "subscription-key" },
    ]);
    expect(GATEWAYS["aws-api-gateway"].placements).toEqual([
      { placement: "header", name: "x-api-key" },
    ]);
    expect(GATEWAYS["google-esp"].placements).toContainEqual({ placement: "query", name: "key" });
    expect(GATEWAYS.envoy.placements).toEqual([{ placement: "bearer" }]);
    expect(GATEWAYS["cloudflare-access"].otherCredentials).toEqual([
      { kind: "header-pair", id: "CF-Access-Client-Id", secret: "CF-Access-Client-Secret" },
      { kind: "cookie", name: "CF_Authorization" },
    ]);
  });

  it("recognises every gateway with a detector of its own on a recorded answer", () => {
    const seen = new Set(
      ANSWERS.map((a) => detectLayer({ status: a.status, headers: a.headers, body: a.body }).layer),
    );
    for (const [id, g] of entries) if (g.isGateway) expect(seen, id).toContain(id);
  });
});

describe("layer signs", () => {
  it("carry the same signals as data as the display lines, for every recorded gateway answer", () => {
    let checked = 0;
    for (const a of ANSWERS) {
      const match = detectLayer({ status: a.status, headers: a.headers, body: a.body });
      if (!match.isGateway) continue;
      checked++;
      expect(match.signs.length, a.id).toBe(match.signals.length);
      for (const [i, sign] of match.signs.entries()) {
        expect(["header", "body", "realm", "cookie"], a.id).toContain(sign.kind);
        // The display line shows the same sign (a challenge's scheme or realm, a header's name).
        if (sign.kind === "realm") {
          expect(match.signals[i], a.id).toContain(sign.name === "" ? sign.value : sign.name);
        }
        if (sign.kind === "header" && sign.name !== "location") {
          expect(match.signals[i], a.id).toContain(sign.name);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});
