import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/diagnosis";
import { planFollowUp } from "@/lib/diagnosis/follow-up";
import { fingerprintKey, inspectKey } from "@/lib/inspect";
import { getProvider } from "@/lib/providers";
import { reportCurls } from "@/lib/report/curl-commands";
import { THREAD_CASES, type ThreadCase, type ThreadClass } from "@/tests/fixtures/threads";
import { buildEvidence, type EvidenceSpec } from "./build-evidence";

const CREATED = "2026-11-27T12:00:00.000Z";

async function specOf(c: ThreadCase): Promise<EvidenceSpec> {
  const spec: EvidenceSpec = {
    key: c.key,
    provider: c.provider,
    auth: c.auth,
    url: c.url,
    probes: c.probes,
  };
  if (c.printed) {
    const printed =
      c.printed === "pasted"
        ? await fingerprintKey(c.key)
        : c.printed === "cleaned"
          ? await fingerprintKey(inspectKey(c.key).cleaned)
          : "sha256:00c0ffee";
    spec.environment = { fingerprintCheck: { printed, matches: false } };
  }
  return spec;
}

describe("recorded cases from public threads: the thread's cause comes first", () => {
  it.each(THREAD_CASES.map((c) => [`${c.class}: ${c.id}`, c] as const))("%s", async (_n, c) => {
    const ev = await buildEvidence(await specOf(c));
    const report = buildReport(ev, CREATED);
    const summary = `${report.causes.map((x) => `${x.id}:${x.confidence}`).join(", ")} | ruled out: ${report.ruledOut.map((r) => r.id).join(", ")}`;
    const top = report.causes[0]!;
    expect(top.id, summary).toBe(c.expect.top);
    if (c.expect.confirmedBy) {
      expect(top.confirmed, summary).toBe(true);
      expect(report.probes[top.confirmedBy! - 1]?.variant, summary).toBe(c.expect.confirmedBy);
    }
    for (const id of c.expect.ruledOut ?? []) {
      expect(
        report.ruledOut.map((r) => r.id),
        summary,
      ).toContain(id);
    }
    // A ruled-out cause appears nowhere among the causes.
    for (const r of report.ruledOut) expect(report.causes.map((x) => x.id)).not.toContain(r.id);
    for (const id of c.expect.absent ?? []) {
      expect(
        report.causes.map((x) => x.id),
        summary,
      ).not.toContain(id);
    }
    if (c.expect.evidence) expect(top.evidence.join(" "), summary).toMatch(c.expect.evidence);
    if (c.expect.fix) expect(top.fix.join(" "), summary).toMatch(c.expect.fix);
    if (c.expect.because) {
      expect(report.ruledOut.map((r) => r.because).join(" ")).toMatch(c.expect.because);
    }
    const curls = reportCurls(report);
    const byKind = (k: string) => curls.find((x) => x.kind === k);
    for (const [kind, re] of Object.entries(c.expect.curls ?? {})) {
      const curl = byKind(kind);
      expect(curl, `${kind} curl`).toBeDefined();
      expect(`${curl?.command} ${curl?.note ?? ""} ${curl?.label}`).toMatch(re);
    }
    // Never two identical commands under two labels without a sentence saying what differs.
    const failing = byKind("failing");
    const other = byKind("working") ?? byKind("suggested");
    if (failing && other && failing.command === other.command) {
      expect(`${failing.note} ${other.note}`).toMatch(/inside it|not yet tried|new or active/i);
    }
    // The follow-up round of a recorded case is what the planner sends after its first round.
    if (c.probes.some((p) => p.round === 2)) {
      const first = ev.probes.filter((p) => p.round === undefined);
      const planned = planFollowUp({
        probes: first,
        asSent: ev.auth!,
        provider: c.provider ? getProvider(c.provider) : undefined,
        method: "GET",
        tryVariants: true,
      });
      expect(planned).toEqual(
        ev.probes.filter((p) => p.round === 2).map((p) => ({ auth: p.auth, reason: p.followUp })),
      );
    }
    // Nothing unconfirmed claims a request.
    for (const cause of report.causes) {
      if (!cause.confirmed) expect(cause.confirmedBy).toBeUndefined();
    }
  });

  it("has at least three cases per class, each citing a public thread", () => {
    const classes: ThreadClass[] = [
      "baseline",
      "confirmed",
      "fingerprint",
      "placeholder",
      "working-request",
      "follow-up",
    ];
    for (const k of classes) {
      expect(THREAD_CASES.filter((c) => c.class === k).length, k).toBeGreaterThanOrEqual(3);
    }
    for (const c of THREAD_CASES)
      expect(c.thread).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
    expect(new Set(THREAD_CASES.map((c) => c.id)).size).toBe(THREAD_CASES.length);
  });
});
