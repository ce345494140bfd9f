import type { Finding, FindingKind, Severity } from "./inspection";

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

/**
 * A finding's sentence with its position inside it, before the full stop:
 * "A tab is sent as part of the key (at character 5)." rather than "…key. (at character 5)".
 */
export function placed(message: string, index: number, length: number): string {
  const body = message.endsWith(".") ? message.slice(0, -1) : message;
  return `${body} (${where(index, length)}).`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
