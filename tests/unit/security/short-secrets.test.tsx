// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { NOT_KEPT } from "@/components/wizard/key-summary-view";
import { ReportView } from "@/components/wizard/report-view";
import type { Report } from "@/lib/diagnosis/report";
import { fingerprintKey } from "@/lib/inspect";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";

/**
 * A report holds neither preview nor fingerprint of a key a guesser could recover from
 * them: under 20 characters, or any user:password pair.
 */
afterEach(cleanup);
beforeAll(() => setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0" }));

async function diagnose(body: Record<string, unknown>): Promise<{ report: Report; text: string }> {
  const { status, json, text } = await callDiagnose(body);
  expect(status).toBe(200);
  return { report: json as Report, text };
}

describe("short secrets", () => {
  it.each([["hunter22"], ["a-19-character-key!"], ["admin:correct-horse-battery-staple"]])(
    "%s: no preview and no fingerprint in the report",
    async (key) => {
      const { report, text } = await diagnose({ key });
      expect(report.key.preview).toBeNull();
      expect(report.key.fingerprint).toBeNull();
      expect(report.key.length).toBe(key.length);
      expect(text).not.toContain(await fingerprintKey(key));
      expect(text).not.toMatch(/sha256:[0-9a-f]{8}/);
    },
  );

  it("a 20-character key keeps both", async () => {
    const key = "abcdefghij0123456789";
    const { report } = await diagnose({ key });
    expect(report.key.fingerprint).toBe(await fingerprintKey(key));
    expect(report.key.preview).not.toBeNull();
  });

  it("the environment comparison still works, without quoting any fingerprint", async () => {
    const key = "hunter22";
    const same = await diagnose({
      key,
      environment: { fingerprintCheck: { printed: await fingerprintKey(key), matches: false } },
    });
    expect(same.report.causes.some((c) => c.id === "stale_environment" && c.confidence > 0.5)).toBe(
      false,
    );
    const other = await fingerprintKey("hunter23");
    const differs = await diagnose({
      key,
      environment: {
        fingerprintCheck: { printed: other, matches: true },
        echo: [
          {
            credential: {
              name: "authorization",
              location: "header",
              scheme: "Bearer",
              fingerprint: other,
              length: 8,
              findingKinds: [],
            },
            headerNames: ["authorization"],
            method: "GET",
            path: "/",
          },
        ],
      },
    });
    const stale = differs.report.causes.find((c) => c.id === "stale_environment");
    expect(stale?.confidence).toBeGreaterThan(0.8);
    expect(differs.text).not.toMatch(/sha256:[0-9a-f]{8}/);
  });

  it("the report view shows that nothing was kept", async () => {
    const { report } = await diagnose({ key: "hunter22" });
    render(<ReportView report={report} />);
    expect(screen.getAllByText(NOT_KEPT).length).toBe(2);
  });
});
