import { describe, expect, it } from "vitest";
import { REPORT_VERSION, upgradeReport } from "@/lib/diagnosis/report";
import { isShareableReport } from "@/lib/share/report-guard";
import { reportFixture, reportFixtureV1 } from "./report-fixture";

describe("isShareableReport", () => {
  it("accepts version 2 and version 1 reports", () => {
    expect(isShareableReport(reportFixture())).toBe(true);
    expect(isShareableReport(reportFixtureV1())).toBe(true);
  });

  it("reads a version-1 report as version 2: nothing confirmed, nothing ruled out", () => {
    const v1 = reportFixtureV1();
    expect(isShareableReport(v1)).toBe(true);
    const up = upgradeReport(v1);
    expect(up.version).toBe(REPORT_VERSION);
    expect(up.ruledOut).toEqual([]);
    expect(up.causes.every((c) => c.confirmed === false)).toBe(true);
    expect(up.causes.map((c) => c.id)).toEqual(v1.causes.map((c) => c.id));
    const v2 = reportFixture();
    expect(upgradeReport(v2)).toBe(v2);
  });

  it.each([
    ["an unknown version", (r: Record<string, unknown>) => ({ ...r, version: 3 })],
    ["version 2 without ruledOut", ({ ruledOut: _r, ...rest }: Record<string, unknown>) => rest],
    [
      "a ruled-out entry with an unknown cause",
      (r: Record<string, unknown>) => ({ ...r, ruledOut: [{ id: "nope", because: "x" }] }),
    ],
    [
      "a cause without confirmed",
      (r: Record<string, unknown>) => ({
        ...r,
        causes: (r.causes as Record<string, unknown>[]).map(({ confirmed: _c, ...c }) => c),
      }),
    ],
    [
      "a confirmedBy that is not a request number",
      (r: Record<string, unknown>) => ({
        ...r,
        causes: (r.causes as Record<string, unknown>[]).map((c) => ({ ...c, confirmedBy: 0 })),
      }),
    ],
  ])("rejects %s", (_n, change) => {
    const bad = change(reportFixture() as unknown as Record<string, unknown>);
    expect(isShareableReport(bad)).toBe(false);
  });
});
