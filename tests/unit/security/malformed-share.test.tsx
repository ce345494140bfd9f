// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SharedReport } from "@/components/share/shared-report";
import { encryptShare } from "@/lib/share/crypto";
import { isShareableReport } from "@/lib/share/report-guard";
import { reportFixture } from "../share/report-fixture";

/**
 * An authentic share (it decrypts) whose content is malformed: the page says the report
 * cannot be shown instead of crashing.
 */
let body = "";
beforeEach(() => {
  vi.stubGlobal(
    "fetch",
    async () =>
      new Response(body, { status: 200, headers: { "content-type": "application/json" } }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = "";
});

type Mutable = Record<string, unknown> & { key: Record<string, unknown> };
const MALFORMED: [string, (r: Mutable) => void][] = [
  [
    "probes: [null]",
    (r) => {
      r.probes = [null];
    },
  ],
  [
    "a probe without an outcome",
    (r) => {
      r.probes = [{ variant: "as-sent", description: "x" }];
    },
  ],
  [
    "an unknown provider",
    (r) => {
      r.provider = { id: "acme", name: "Acme", source: "host" };
    },
  ],
  [
    "a finding without a position",
    (r) => {
      r.key.findings = [{ kind: "line_break" }];
    },
  ],
  [
    "findings: null",
    (r) => {
      r.key.findings = null;
    },
  ],
  [
    "a verdict naming no known cause",
    (r) => {
      r.verdict = { causeId: "nope", headline: "", summary: "" };
    },
  ],
  [
    "a number where a title belongs",
    (r) => {
      r.causes = [{ id: "key_rejected", confidence: 1, title: 7, evidence: [], fix: [] }];
    },
  ],
];

describe("a share whose decrypted content is malformed", () => {
  it("the fixture itself is a valid report (and so is one of a short key)", () => {
    expect(isShareableReport(reportFixture())).toBe(true);
    const short = reportFixture() as unknown as Mutable;
    short.key = { ...short.key, fingerprint: null, preview: null };
    expect(isShareableReport(short)).toBe(true);
  });

  it.each(MALFORMED)("%s: the guard refuses it", (_name, mutate) => {
    const report = structuredClone(reportFixture()) as unknown as Mutable;
    mutate(report);
    expect(isShareableReport(report)).toBe(false);
  });

  it.each(MALFORMED)("%s: the page shows a message, not a crash", async (_name, mutate) => {
    const report = structuredClone(reportFixture()) as unknown as Mutable;
    mutate(report);
    const sealed = await encryptShare(report);
    if (!sealed.ok) throw new Error("encrypt failed");
    body = JSON.stringify({ ...sealed.sealed, createdAt: "x", expiresAt: "2026-12-01T00:00:00Z" });
    window.location.hash = `#k=${sealed.key}`;
    render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    expect(await screen.findByRole("alert")).toHaveTextContent("cannot be shown");
  });
});
