// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { reportCurls } from "@/components/wizard/report-curls";
import { ReportView } from "@/components/wizard/report-view";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { REPORT_VERSION, type Report } from "@/lib/diagnosis/report";

afterEach(cleanup);

const layer = { layer: "api" as const, confidence: 0.5, signals: [], isGateway: false };
function probe(
  variant: ProbeResult["variant"],
  status: number,
  auth?: ProbeResult["auth"],
): ProbeResult {
  return {
    variant,
    auth,
    description: `${variant} <key as pasted>`,
    outcome: {
      kind: "response",
      status,
      headers: {},
      challenges: [],
      proxyChallenges: [],
      bodyExcerpt: '{"error":"nope"}',
      bodyTruncated: false,
      timeMs: 12.4,
      layer,
    },
  };
}

function report(probes: ProbeResult[]): Report {
  return {
    version: REPORT_VERSION,
    createdAt: "2026-11-27T10:00:00.000Z",
    target: { origin: "https://api.example.com", path: "/v1/models", method: "GET" },
    provider: { id: "anthropic", name: "Anthropic", source: "host" },
    key: { fingerprint: "sha256:1a2b3c4d", length: 40, preview: "sk-…wXyZ", findings: [] },
    probes,
    causes: [
      {
        id: "wrong_auth_header",
        confidence: 0.9,
        title: "Wrong header",
        evidence: ["x-api-key worked"],
        fix: ["Use x-api-key"],
      },
      { id: "key_rejected", confidence: 0.3, title: "Rejected", evidence: [], fix: [] },
    ],
    verdict: {
      causeId: "wrong_auth_header",
      headline: "The key goes in another header",
      summary: "…",
    },
  };
}

describe("ReportView", () => {
  it("renders cause cards in rank order with data-cause, confidence, evidence and fix", () => {
    render(<ReportView report={report([probe("as-sent", 401, { placement: "bearer" })])} />);
    const cards = document.querySelectorAll("[data-cause]");
    expect([...cards].map((c) => c.getAttribute("data-cause"))).toEqual([
      "wrong_auth_header",
      "key_rejected",
    ]);
    const first = within(cards[0] as HTMLElement);
    expect(first.getByText("90% confidence")).toBeInTheDocument();
    expect(first.getByText("x-api-key worked")).toBeInTheDocument();
    expect(first.getByText("Use x-api-key")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "The key goes in another header",
    );
  });

  it("hides the actions when read-only (the share page)", () => {
    render(
      <ReportView report={report([])} readOnly actions={<button type="button">Re-run</button>} />,
    );
    expect(screen.queryByRole("button", { name: "Re-run" })).toBeNull();
    expect(screen.queryByTestId("request-path")).toBeNull();
  });
});

describe("reportCurls", () => {
  it("gives the failing as-sent request and the first working variant, with required headers", () => {
    const curls = reportCurls(
      report([
        probe("as-sent", 401, { placement: "bearer" }),
        probe("no-credential", 401),
        probe("x-api-key", 200, { placement: "header", name: "x-api-key" }),
      ]),
    );
    expect(curls.map((c) => c.kind)).toEqual(["failing", "working"]);
    expect(curls[0]?.command).toContain('-H "Authorization: Bearer $API_KEY"');
    expect(curls[1]?.command).toContain('-H "x-api-key: $API_KEY"');
    expect(curls[1]?.command).toContain('-H "anthropic-version: ');
  });

  it("has only a working command when the key works as sent, and none without a target", () => {
    const ok = report([probe("as-sent", 200, { placement: "bearer" })]);
    expect(reportCurls(ok).map((c) => c.kind)).toEqual(["working"]);
    expect(reportCurls({ ...ok, target: null })).toEqual([]);
  });
});
