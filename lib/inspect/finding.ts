import type { Finding, FindingKind, Severity } from "./types";

export function makeFinding(
  kind: FindingKind,
  index: number,
  length: number,
  severity: Severity,
  label: string,
  message: string,
): Finding {
  return { kind, index, length, severity, label, message };
}

/** "at character 5" / "at characters 5–7": 1-based for people; the finding keeps the 0-based index. */
export function where(index: number, length: number): string {
  return length <= 1 ? `at character ${index + 1}` : `at characters ${index + 1}–${index + length}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
