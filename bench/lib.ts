/** One row of the benchmark table. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target, as text, e.g. "≤ 1.15". */
  target?: string;
  /** Whether the value meets the target (undefined when there is none). */
  ok?: boolean;
}

export function printTable(rows: BenchRow[]): string {
  const lines = [
    "| measure | value | target | |",
    "|---|---:|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${formatValue(r.value)} ${r.unit} | ${r.target ?? ""} | ${
          r.ok === undefined ? "" : r.ok ? "ok" : "MISSED"
        } |`,
    ),
  ];
  return lines.join("\n");
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(3);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
