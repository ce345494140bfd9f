import { describe, expect, it } from "vitest";
import { buildReport, diagnose } from "@/lib/diagnosis";
import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { buildEvidence } from "./build-evidence";
import { CASES } from "./cases";

describe("diagnose: the top cause for realistic situations", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const ev = await buildEvidence(c.spec);
    const causes = diagnose(ev);
    const summary = causes.map((x) => `${x.id}:${x.confidence}`).join(", ");
    expect(causes[0]?.id, summary).toBe(c.top);
    if (c.second) expect(causes[1]?.id, summary).toBe(c.second);
    if (c.fix) expect(causes[0]?.fix.join(" "), summary).toMatch(c.fix);
    if (c.headline)
      expect(buildReport(ev, "2026-11-27T12:00:00.000Z").verdict.headline).toMatch(c.headline);
  });

  it("covers every cause id with at least three cases", () => {
    for (const id of CAUSE_IDS) {
      expect(CASES.filter((c) => c.top === id).length, id).toBeGreaterThanOrEqual(3);
    }
  });
});
