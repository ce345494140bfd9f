// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { formatLocalTime } from "@/components/ui/local-time";
import { reportCurls } from "@/components/wizard/report-curls";
import { ReportView } from "@/components/wizard/report-view";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { type Cause, REPORT_VERSION, type Report } from "@/lib/diagnosis/report";

afterEach(cleanup);

const layer = { layer: "api" as const, confidence: 0.5, signals: [], signs: [], isGateway: false };
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
        confirmed: false,
      },
      {
        id: "key_rejected",
        confidence: 0.3,
        confirmed: false,
        title: "Rejected",
        evidence: [],
        fix: [],
      },
    ],
    ruledOut: [],
    verdict: {
      causeId: "wrong_auth_header",
      headline: "The key goes in another header",
      // As lib/diagnosis builds it: the top cause's first evidence and first fix.
      summary: "x-api-key worked Use x-api-key",
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

  it("does not repeat the top card's evidence and fix under the headline", () => {
    render(<ReportView report={report([probe("as-sent", 401, { placement: "bearer" })])} />);
    expect(screen.getAllByText(/x-api-key worked/)).toHaveLength(1);
    expect(screen.getAllByText(/Use x-api-key/)).toHaveLength(1);
    expect(screen.getByTestId("verdict-label")).toHaveTextContent("Most likely cause");
    // The cause id is for machines (data-cause), not a line of text to decode.
    expect(screen.queryByText("wrong_auth_header")).toBeNull();
  });

  it("labels a working key as a result, not a cause", () => {
    const ok = report([probe("as-sent", 200, { placement: "bearer" })]);
    ok.verdict = { ...ok.verdict, causeId: "credentials_work", headline: "The key works" };
    render(<ReportView report={ok} />);
    expect(screen.getByTestId("verdict-label")).toHaveTextContent("Result: the key works");
    // A 200 from the API is not drawn in the failure colour.
    expect(screen.getByTestId("request-path")).toHaveAttribute("data-ok");
  });

  it("says a request that could not be sent in one plain sentence, without the error code", () => {
    const message =
      "The request could not be sent: a header value holds a character HTTP forbids (line break, control or non-Latin-1 character).";
    const failed: ProbeResult = {
      variant: "as-sent",
      auth: { placement: "bearer" },
      description: "Authorization: Bearer <key as pasted>",
      outcome: { kind: "error", error: { kind: "invalid_header", message }, timeMs: 3 },
    };
    render(
      <ReportView report={report([failed, probe("cleaned", 200, { placement: "bearer" })])} />,
    );
    const path = screen.getByTestId("request-path");
    expect(path).toHaveAttribute("data-answered", "you");
    expect(path.textContent).not.toContain("invalid_header");
    expect(path.textContent).not.toContain(".).");
    const row = document.querySelector('tr[data-variant="as-sent"]') as HTMLElement;
    expect(within(row).getByRole("rowheader")).toHaveTextContent(
      "Authorization: Bearer <key as pasted>",
    );
    expect(within(row).getByText("no answer")).toBeInTheDocument();
  });

  it("hides the actions when read-only (the share page)", () => {
    render(
      <ReportView report={report([])} readOnly actions={<button type="button">Re-run</button>} />,
    );
    expect(screen.queryByRole("button", { name: "Re-run" })).toBeNull();
    expect(screen.queryByTestId("request-path")).toBeNull();
  });
});

describe("ReportView with report version 2 fields", () => {
  function v2(): Report {
    const r = report([
      probe("as-sent", 401, { placement: "bearer" }),
      probe("no-credential", 401),
      probe("x-api-key", 200, { placement: "header", name: "x-api-key" }),
    ]);
    const [top, weak] = r.causes;
    return {
      ...r,
      causes: [
        { ...(top as Cause), confirmed: true, confirmedBy: 3 } as Cause,
        { ...(weak as Cause), confidence: 0.1 },
      ],
      ruledOut: [{ id: "key_expired", because: "the key is not a JWT" }],
    } as Report;
  }

  it("shows the top cause's Confirmed by request N badge beside the verdict and on its card", () => {
    render(<ReportView report={v2()} />);
    const badges = screen.getAllByTestId("confirmed-badge");
    expect(badges.map((b) => b.textContent)).toEqual([
      "Confirmed by request 3",
      "Confirmed by request 3",
    ]);
  });

  it("folds weak causes under Less likely and ruled-out causes in their own list, in words", () => {
    render(<ReportView report={v2()} />);
    const less = screen.getByText("Less likely (1)").closest("details") as HTMLElement;
    expect(less).not.toHaveAttribute("open");
    expect(less.querySelector('[data-cause="key_rejected"]')).not.toBeNull();
    const ruled = screen.getByTestId("ruled-out");
    expect(ruled).not.toHaveAttribute("open");
    expect(ruled).toHaveTextContent("An expired token: the key is not a JWT");
    expect(ruled.textContent).not.toContain("key_expired");
    // A ruled-out cause is not a cause card.
    expect(document.querySelector('[data-cause="key_expired"]')).toBeNull();
  });

  it("reads a version-1 report (an old share) without badges or a ruled-out list", () => {
    render(<ReportView report={report([probe("as-sent", 401, { placement: "bearer" })])} />);
    expect(screen.queryByTestId("confirmed-badge")).toBeNull();
    expect(screen.queryByTestId("ruled-out")).toBeNull();
  });

  it("puts the working command before the failing one, right after the top cause", () => {
    render(<ReportView report={v2()} />);
    const kinds = [...document.querySelectorAll("[data-curl]")].map((e) =>
      e.getAttribute("data-curl"),
    );
    expect(kinds).toEqual(["working", "failing"]);
    const top = document.querySelector('[data-cause="wrong_auth_header"]') as HTMLElement;
    const curls = screen.getByTestId("curl-commands");
    expect(top.compareDocumentPosition(curls) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId("request-path").compareDocumentPosition(curls)).toBe(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
  });
  it("says an instant in a cause's evidence in the reader's time format, not as ISO", () => {
    const expired = report([probe("as-sent", 401, { placement: "bearer" })]);
    const iso = "2023-11-14T22:13:20.000Z";
    expired.causes = [
      { ...expired.causes[0]!, evidence: [`The token's exp claim says it expired (${iso}).`] },
    ];
    render(<ReportView report={expired} />);
    const card = document.querySelector("[data-cause]") as HTMLElement;
    expect(card).not.toHaveTextContent(iso);
    expect(card).toHaveTextContent(`(${formatLocalTime(iso)})`);
  });

  it("prints a fix that changes only the key once, not as a second copy of the failing command", () => {
    const rejected = report([
      probe("as-sent", 401, { placement: "bearer" }),
      probe("no-credential", 401),
    ]);
    rejected.provider = null;
    rejected.causes = [{ ...rejected.causes[1]!, confidence: 0.9 }];
    const kinds = reportCurls(rejected).map((c) => c.kind);
    expect(kinds).toEqual(["failing", "suggested"]);
    render(<ReportView report={rejected} />);
    const blocks = [...document.querySelectorAll("[data-curl]")];
    expect(blocks.map((e) => e.getAttribute("data-curl"))).toEqual(["failing"]);
    expect(blocks[0]).toHaveTextContent(/fails; the fix changes only the key/);
    expect(blocks[0]).toHaveTextContent(/new or active key/);
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
