import { describe, expect, it } from "vitest";
import { isSafeMethod, planProbeSet } from "@/lib/diagnosis/probe-plan";
import { inspectKey } from "@/lib/inspect";
import { planProbes } from "@/lib/probe/probes";
import type { AuthPlacement, ProviderId } from "@/lib/providers";
import { getProvider, resolveAuth } from "@/lib/providers";

/**
 * The wizard's consent text promises "up to N requests", counting planProbeSet as it calls
 * it: N must be what the server really sends, probe for probe.
 */
describe("the key-free probe plan matches the requests the server sends", () => {
  const providers: (ProviderId | undefined)[] = [
    undefined,
    "openai",
    "anthropic",
    "gemini",
    "stripe",
    "custom",
  ];
  const placements: (AuthPlacement | "auto")[] = ["auto", "bearer", "header", "query", "basic"];
  const keys = ["sk-proj-abcdefghijklmnop", " sk-proj-abcdefghijklmnop\n"];
  for (const method of ["GET", "POST"])
    for (const providerId of providers) {
      for (const placement of placements) {
        for (const key of keys) {
          it(`${method} ${providerId ?? "unknown"} / ${placement} / ${JSON.stringify(key)}`, () => {
            const inspection = inspectKey(key);
            const auth = resolveAuth(providerId, { placement });
            const planned = planProbes({
              url: new URL("https://api.example.com/v1/models"),
              key,
              inspection,
              auth,
              providerId,
              provider: providerId ? getProvider(providerId) : undefined,
              headers: {},
              tryVariants: true,
              method,
            });
            const counted = planProbeSet({
              auth,
              cleanedDiffers: inspection.cleanedDiffers,
              providerId,
              tryVariants: true,
              method,
            });
            expect(counted.length).toBe(planned.length);
            expect(counted.map((p) => [p.variant, p.description])).toEqual(
              planned.map((p) => [p.variant, p.description]),
            );
          });
        }
      }
    }
});

describe("planProbeSet", () => {
  const auth = resolveAuth("openai", { placement: "auto" });
  it("sends variants only for methods safe to repeat", () => {
    expect(["GET", "head", "OPTIONS"].every(isSafeMethod)).toBe(true);
    expect(["POST", "PUT", "PATCH", "DELETE"].some(isSafeMethod)).toBe(false);
    const get = planProbeSet({
      auth,
      cleanedDiffers: false,
      providerId: "openai",
      tryVariants: true,
    });
    const post = planProbeSet({
      auth,
      cleanedDiffers: false,
      providerId: "openai",
      tryVariants: true,
      method: "POST",
    });
    expect(get.length).toBeGreaterThan(2);
    expect(post.map((p) => p.variant)).toEqual(["as-sent", "no-credential"]);
  });

  it("names which copy of the key each probe carries: the baseline none, variants the cleaned one", () => {
    const plan = planProbeSet({
      auth,
      cleanedDiffers: true,
      providerId: "openai",
      tryVariants: true,
    });
    expect(plan.slice(0, 3).map((p) => [p.variant, p.key])).toEqual([
      ["as-sent", "as-pasted"],
      ["no-credential", "none"],
      ["cleaned", "cleaned"],
    ]);
    expect(plan.slice(3).every((p) => p.key === "cleaned")).toBe(true);
    expect(plan.length).toBeLessThanOrEqual(8);
  });
});
