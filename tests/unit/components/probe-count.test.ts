import { describe, expect, it } from "vitest";
import { countFollowUp, followUpConsent } from "@/components/wizard/probe-count";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { MAX_FOLLOW_UP, planFollowUp } from "@/lib/diagnosis/follow-up";
import { inspectKey } from "@/lib/inspect";
import { planProbes } from "@/lib/probe/probes";
import { detectLayer, getProvider, resolveAuth } from "@/lib/providers";

// How many first-round requests the consent counts: tests/unit/probe/probe-plan.test.ts.

/** A first round every probe of which Kong refused: the most a follow-up can be asked for. */
function kongRefusedEverything(
  plans: { variant: ProbeResult["variant"]; auth?: ProbeResult["auth"] }[],
) {
  const headers = { server: "kong/3.6.1", "www-authenticate": 'Key realm="kong"' };
  const body = JSON.stringify({ message: "No API key found in request" });
  return plans.map(
    (p): ProbeResult => ({
      variant: p.variant,
      auth: p.auth,
      description: p.variant,
      outcome: {
        kind: "response",
        status: 401,
        headers,
        challenges: [],
        proxyChallenges: [],
        bodyExcerpt: body,
        bodyJson: JSON.parse(body),
        bodyTruncated: false,
        timeMs: 1,
        layer: detectLayer({ status: 401, headers, body }),
      },
    }),
  );
}

describe("countFollowUp: the consent's 'up to N more' is what the server may send", () => {
  for (const method of ["GET", "HEAD", "POST", "DELETE"])
    for (const tryVariants of [true, false])
      for (const name of ["x_api_key", "X-Custom-Key"]) {
        it(`${method}, variants ${tryVariants ? "on" : "off"}, header ${name}`, () => {
          const key = "sk-proj-abcdefghijklmnop";
          const auth = resolveAuth("gemini", { placement: "header", name });
          const plans = planProbes({
            url: new URL("https://api.example.com/v1/models"),
            key,
            inspection: inspectKey(key),
            auth,
            providerId: "gemini",
            provider: getProvider("gemini"),
            headers: {},
            tryVariants,
            method,
          });
          const planned = planFollowUp({
            probes: kongRefusedEverything(plans),
            asSent: auth,
            provider: getProvider("gemini"),
            method,
            tryVariants,
          });
          const promised = countFollowUp({ tryVariants, method });
          expect(planned.length).toBeLessThanOrEqual(promised);
          // Where the server may send a follow-up, the consent says so; where it never does, it does not.
          expect(promised).toBe(
            tryVariants && ["GET", "HEAD"].includes(method) ? MAX_FOLLOW_UP : 0,
          );
          if (promised > 0) expect(planned.length).toBeGreaterThan(0);
          if (promised === 0) expect(followUpConsent(promised)).toBe("");
          else expect(followUpConsent(promised)).toContain(`up to ${MAX_FOLLOW_UP} more requests`);
        });
      }

  it("the consent names the URL placements (a key in a URL lands in logs)", () => {
    expect(followUpConsent(MAX_FOLLOW_UP)).toMatch(/URL.*logs/);
  });
});
