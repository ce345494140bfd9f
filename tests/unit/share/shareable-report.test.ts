import { describe, expect, it } from "vitest";
import { HIDDEN_PATH, shareableReport } from "@/lib/share/shareable-report";
import { reportFixture } from "./report-fixture";

describe("shareableReport", () => {
  it("keeps the report as it is (a copy) when the path stays visible", () => {
    const report = reportFixture();
    const shared = shareableReport(report, { hidePath: false });
    expect(shared).toEqual(report);
    expect(shared).not.toBe(report);
  });

  it("hides the path and query everywhere, keeps origins, causes and the key summary", () => {
    const report = reportFixture();
    const shared = shareableReport(report, { hidePath: true });
    const text = JSON.stringify(shared);
    expect(text).not.toContain("team-secret");
    expect(text).not.toContain("org=acme");
    expect(shared.target).toEqual({
      origin: "https://api.internal.example",
      path: HIDDEN_PATH,
      method: "GET",
    });
    const first = shared.probes[0]?.outcome;
    expect(first?.kind === "response" && first.redirect?.location).toBe(
      `https://login.example${HIDDEN_PATH}`,
    );
    expect(first?.kind === "response" && first.headers.location).toBe(
      `https://login.example${HIDDEN_PATH}`,
    );
    expect(shared.causes.map((c) => c.id)).toEqual(["redirect_drops_auth", "inconclusive"]);
    expect(shared.causes[0]?.evidence[0]).toBe(`GET ${HIDDEN_PATH} answered 301 to another host.`);
    expect(shared.key).toEqual(report.key);
    // The original is untouched.
    expect(report.target?.path).toBe("/team-secret/v1/models?org=acme");
  });

  it("does not scrub every slash when the path is just /", () => {
    const report = reportFixture();
    report.target = { origin: "https://api.example", path: "/", method: "GET" };
    const shared = shareableReport(report, { hidePath: true });
    expect(shared.target?.path).toBe(HIDDEN_PATH);
    expect(shared.causes[0]?.fix[0]).toBe(report.causes[0]?.fix[0]);
  });
});
