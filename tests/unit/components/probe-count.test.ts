import { describe, expect, it } from "vitest";
import { countProbes } from "@/components/wizard/probe-count";
import { inspectKey } from "@/lib/inspect";
import { planProbes } from "@/lib/probe/probes";
import type { AuthPlacement, ProviderId } from "@/lib/providers";
import { getProvider, resolveAuth } from "@/lib/providers";

/** The consent text promises "up to N requests": N must be what the server really plans. */
describe("countProbes matches the server's probe plan", () => {
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
            expect(
              countProbes({
                asSent: auth,
                cleanedDiffers: inspection.cleanedDiffers,
                providerId,
                method,
              }),
            ).toBe(planned.length);
          });
        }
      }
    }
});
