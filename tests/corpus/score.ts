import { CAUSE_IDS, type CauseId } from "@/lib/diagnosis/cause-ids";
import type { RankedCause } from "./run-case";
import { type Case, type Split, splitOf } from "./schema";

/** The scorer's bookkeeping: pure, so its counting is tested on a fixed handful of cases. */

export interface CaseResult {
  id: string;
  source: string;
  service: string;
  split: Split;
  expected: { rootCause: CauseId; accept: CauseId[] };
  /** The top three causes the report ranked. */
  got: RankedCause[];
  /** Every cause the report ranked (the calibration table counts them all). */
  reported: RankedCause[];
  /** The top cause is one an expert accepts first. */
  pass: boolean;
  /** One of the top two is. */
  pass2: boolean;
  error?: string;
}

export function scoreCase(c: Case, causes: RankedCause[], error?: string): CaseResult {
  const accepted = (cause: RankedCause | undefined) =>
    cause !== undefined && c.accept.includes(cause.id);
  return {
    id: c.id,
    source: c.source,
    service: c.service,
    split: splitOf(c.source),
    expected: { rootCause: c.rootCause, accept: c.accept },
    got: causes.slice(0, 3),
    reported: causes,
    pass: accepted(causes[0]),
    pass2: causes.slice(0, 2).some(accepted),
    ...(error ? { error } : {}),
  };
}

export interface Tally {
  n: number;
  top1: number;
  top2: number;
}

export interface Bucket {
  label: string;
  min: number;
  /** Exclusive, except for the top bucket which holds 1. */
  max: number;
  count: number;
  accepted: number;
}

export interface Summary {
  total: Tally;
  services: number;
  bySplit: Record<Split, Tally>;
  byCause: [CauseId, Tally][];
  confusions: { expected: CauseId; got: CauseId | "(error)"; count: number }[];
  calibrationAll: Bucket[];
  calibrationTop1: Bucket[];
}

const BUCKETS: [label: string, min: number, max: number][] = [
  ["[0.9, 1]", 0.9, Number.POSITIVE_INFINITY],
  ["[0.7, 0.9)", 0.7, 0.9],
  ["[0.5, 0.7)", 0.5, 0.7],
  ["[0.3, 0.5)", 0.3, 0.5],
  ["[0, 0.3)", Number.NEGATIVE_INFINITY, 0.3],
];

function emptyTally(): Tally {
  return { n: 0, top1: 0, top2: 0 };
}

function add(tally: Tally, r: CaseResult): void {
  tally.n += 1;
  if (r.pass) tally.top1 += 1;
  if (r.pass2) tally.top2 += 1;
}

function calibrate(pairs: { confidence: number; accepted: boolean }[]): Bucket[] {
  const buckets = BUCKETS.map(([label, min, max]) => ({ label, min, max, count: 0, accepted: 0 }));
  for (const { confidence, accepted } of pairs) {
    const bucket = buckets.find((b) => confidence >= b.min && confidence < b.max);
    if (!bucket) continue;
    bucket.count += 1;
    if (accepted) bucket.accepted += 1;
  }
  return buckets;
}

export function summarize(results: CaseResult[]): Summary {
  const total = emptyTally();
  const bySplit: Record<Split, Tally> = { dev: emptyTally(), holdout: emptyTally() };
  const byCause = new Map<CauseId, Tally>();
  const confusions = new Map<
    string,
    { expected: CauseId; got: CauseId | "(error)"; count: number }
  >();
  for (const r of results) {
    add(total, r);
    add(bySplit[r.split], r);
    const cause = byCause.get(r.expected.rootCause) ?? emptyTally();
    add(cause, r);
    byCause.set(r.expected.rootCause, cause);
    if (!r.pass) {
      const got = r.got[0]?.id ?? "(error)";
      const key = `${r.expected.rootCause}→${got}`;
      const entry = confusions.get(key) ?? { expected: r.expected.rootCause, got, count: 0 };
      entry.count += 1;
      confusions.set(key, entry);
    }
  }
  const all = results.flatMap((r) =>
    r.reported.map((c) => ({
      confidence: c.confidence,
      accepted: r.expected.accept.includes(c.id),
    })),
  );
  const top1 = results.flatMap((r) =>
    r.reported[0] ? [{ confidence: r.reported[0].confidence, accepted: r.pass }] : [],
  );
  return {
    total,
    services: new Set(results.map((r) => r.service)).size,
    bySplit,
    byCause: [...byCause.entries()].sort(([a], [b]) => a.localeCompare(b)),
    confusions: [...confusions.values()].sort(
      (a, b) => b.count - a.count || a.expected.localeCompare(b.expected),
    ),
    calibrationAll: calibrate(all),
    calibrationTop1: calibrate(top1),
  };
}

/** The last line of every run; CI logs and the README quote it. */
export function lastLine(s: Summary): string {
  const { n, top1, top2 } = s.total;
  const h = s.bySplit.holdout;
  return `eval: ${n} cases from ${s.services} services; top-1 ${top1}/${n}; top-2 ${top2}/${n}; holdout top-1 ${h.top1}/${h.n}`;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "-" : `${Math.round((100 * part) / whole)} %`;
}

function renderTable(head: string[], rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const align = head.map((_, i) => (i === 0 ? "---" : "---:"));
    return [line(head), line(align), ...rows.map(line)].join("\n");
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function tallyRow(label: string, t: Tally): string[] {
  return [label, String(t.n), `${t.top1} (${pct(t.top1, t.n)})`, `${t.top2} (${pct(t.top2, t.n)})`];
}

/** The tables a run prints (plain text, or Markdown for the README). */
export function renderSummary(s: Summary, options: { markdown?: boolean } = {}): string {
  const md = options.markdown ?? false;
  const title = (t: string) => (md ? `#### ${t}` : `== ${t}`);
  const head = ["", "cases", "top-1", "top-2"];
  const parts = [
    title("By split"),
    renderTable(
      head,
      [
        tallyRow("dev", s.bySplit.dev),
        tallyRow("holdout", s.bySplit.holdout),
        tallyRow("all", s.total),
      ],
      md,
    ),
    title("By root cause"),
    renderTable(
      ["root cause", "cases", "top-1", "top-2"],
      s.byCause.map(([cause, t]) => tallyRow(cause, t)),
      md,
    ),
    title("Most frequent confusions (expected → got first)"),
    s.confusions.length
      ? renderTable(
          ["expected", "got", "cases"],
          s.confusions.slice(0, 12).map((c) => [c.expected, c.got, String(c.count)]),
          md,
        )
      : "none",
    title("Calibration: every reported cause, by confidence"),
    renderTable(
      ["confidence", "causes", "accepted"],
      s.calibrationAll.map((b) => [
        b.label,
        String(b.count),
        `${b.accepted} (${pct(b.accepted, b.count)})`,
      ]),
      md,
    ),
    title("Calibration: the top cause only"),
    renderTable(
      ["confidence", "causes", "accepted"],
      s.calibrationTop1.map((b) => [
        b.label,
        String(b.count),
        `${b.accepted} (${pct(b.accepted, b.count)})`,
      ]),
      md,
    ),
  ];
  return parts.join("\n\n");
}

export interface Breadth {
  cases: number;
  services: number;
  /** Services with more than the allowed 5 cases. */
  crowded: [service: string, count: number][];
  /** Root causes with fewer than 3 cases (0 included), in vocabulary order. */
  thin: [cause: CauseId, count: number][];
  outsideCatalog: number;
}

/** How far the corpus is from the breadth it aims at (README: 150+, 60+ services, …). */
export function breadthOf(cases: Case[]): Breadth {
  const perService = new Map<string, number>();
  const perCause = new Map<CauseId, number>();
  for (const c of cases) {
    perService.set(c.service, (perService.get(c.service) ?? 0) + 1);
    perCause.set(c.rootCause, (perCause.get(c.rootCause) ?? 0) + 1);
  }
  return {
    cases: cases.length,
    services: perService.size,
    crowded: [...perService.entries()].filter(([, n]) => n > 5).sort((a, b) => b[1] - a[1]),
    thin: CAUSE_IDS.map((id): [CauseId, number] => [id, perCause.get(id) ?? 0]).filter(
      ([, n]) => n < 3,
    ),
    outsideCatalog: cases.filter((c) => c.catalogProvider === null).length,
  };
}

export function renderBreadth(b: Breadth): string {
  const list = (pairs: [string, number][]) =>
    pairs.length ? pairs.map(([name, n]) => `${name} ${n}`).join(", ") : "none";
  return [
    `corpus: ${b.cases} cases (aim: 150+), ${b.services} services (aim: 60+), ${b.outsideCatalog} outside the provider catalog (aim: half)`,
    `services with more than 5 cases: ${list(b.crowded)}`,
    `root causes with fewer than 3 cases: ${list(b.thin)}`,
  ].join("\n");
}
