import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import { ANSWERS } from "../../fixtures/answers";
import { type MockUpstream, startMockUpstream } from "../../mock-upstream/server";

/**
 * Every recorded provider and gateway answer, replayed by the mock upstream and read back
 * through the real probe pipeline: the allow-listed, redacted headers and excerpt must
 * still let detectLayer name the layer that answered.
 */

let upstream: MockUpstream;
const result = parseConfig({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
if (!result.ok) throw new Error(result.message);
const config = result.config;

beforeAll(async () => {
  upstream = await startMockUpstream();
});
afterAll(async () => {
  await upstream.close();
});

describe("recorded answers through the probe pipeline", () => {
  it.each(ANSWERS.map((a) => [a.id, a] as const))("%s", async (id, answer) => {
    const report = await runDiagnosis(
      {
        endpoint: `${upstream.url}/recorded/${encodeURIComponent(id)}`,
        key: "sk-recorded0123456789abcdefghij",
        tryVariants: false,
      },
      { config, log: () => {} },
    );
    const outcome = report.probes[0]?.outcome;
    expect(outcome?.kind).toBe("response");
    if (outcome?.kind !== "response") return;
    expect(outcome.status).toBe(answer.status);
    expect(outcome.layer.layer).toBe(answer.expect.layer);
    expect(outcome.bodyExcerpt.length).toBeLessThanOrEqual(2048);
  });
});
