import { CappedFindings } from "./capped-findings";
import { codePointLabel, isBlank, isQuote } from "./char-classes";
import { makeFinding } from "./finding";
import type { Finding, FindingKind, Severity } from "./inspection";
import {
  ENV_STYLE_NAME,
  KEYISH_NAME,
  KNOWN_HEADERS,
  SCHEME_NAMES,
  shapePatterns,
} from "./shape-patterns";

/**
 * Peels what people paste around a key: a header line, a `.env`/shell/code assignment,
 * a JSON or YAML line, a curl `-H`, quotes and `Bearer`/`Basic`/`token` prefixes, in any
 * nesting. Works on a [start, end) window over the raw string so every finding keeps its
 * raw position; nothing is copied until the caller builds `cleaned`.
 */
interface Shape {
  /** The value window in the raw string, trimmed of blanks. */
  start: number;
  end: number;
  findings: Finding[];
  /** Raw indices of quote characters consumed as surrounding quotes. */
  quoteIndices: Set<number>;
}

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

export function peelShapes(s: string, collect: boolean): Shape {
  const patterns = shapePatterns();
  let start = 0;
  let end = s.length;
  const findings: Finding[] = [];
  const capped = new CappedFindings(findings);
  const quoteIndices = new Set<number>();
  let schemeCount = 0;
  /** Records a finding when collecting; `text` runs only for findings under the cap. */
  const add = (
    kind: FindingKind,
    index: number,
    length: number,
    severity: Severity,
    text: () => [label: string, message: string],
  ) => {
    if (!collect || !capped.admit(kind, index, severity)) return;
    const [label, message] = text();
    capped.push(makeFinding(kind, index, length, severity, label, message));
  };

  // Every step that succeeds moves `start` forward or `end` back, so this ends in ≤ n steps.
  for (;;) {
    while (start < end && isBlank(s.charCodeAt(start))) start++;
    while (end > start && isBlank(s.charCodeAt(end - 1))) end--;
    if (start >= end) break;

    // A one-member JSON object, `{"api_key": "sk-…"}`: the braces go, the member is peeled next.
    if (s.charCodeAt(start) === 0x7b && s.charCodeAt(end - 1) === 0x7d) {
      let inner = start + 1;
      while (inner < end && isBlank(s.charCodeAt(inner))) inner++;
      if (s.charCodeAt(inner) === 0x22) {
        start += 1;
        end -= 1;
        continue;
      }
    }

    const json = matchAt(patterns.jsonKey, s, start);
    if (json && start + json[0].length < end) {
      const length = json[0].length;
      add("assignment_pasted", start, length, "error", () => [
        'JSON line ("name": value)',
        "A JSON line was pasted: only the value after the colon is the key, without its quotes.",
      ]);
      start += length;
      continue;
    }

    const header = matchAt(patterns.header, s, start);
    if (header && start + header[0].length < end) {
      const name = (header[1] ?? "").toLowerCase();
      const known = KNOWN_HEADERS.get(name);
      const spaced = (header[2] ?? "").length > 0;
      const kind =
        known || (spaced && name.includes("-"))
          ? "header_line_pasted"
          : spaced && KEYISH_NAME.test(name)
            ? "assignment_pasted"
            : undefined;
      if (kind) {
        const length = header[0].length;
        add(kind, start, length, "error", () =>
          kind === "header_line_pasted"
            ? [
                known ? `${known} header line` : "header line (Name: value)",
                "A whole header line was pasted: only the value after the colon belongs in the key field.",
              ]
            : [
                "YAML line (name: value)",
                "A configuration line was pasted: only the value after the colon is the key.",
              ],
        );
        start += length;
        continue;
      }
    }

    const assignment = matchAt(patterns.assignment, s, start);
    if (assignment && start + assignment[0].length < end) {
      const name = assignment[3] ?? "";
      const valueFirst = s.charCodeAt(start + assignment[0].length);
      const looksAssigned =
        assignment[1] !== undefined ||
        assignment[2] !== undefined ||
        ENV_STYLE_NAME.test(name) ||
        KEYISH_NAME.test(name);
      // `abc==` is base64 padding, not an assignment: the value must not start with "=".
      if (looksAssigned && valueFirst !== 0x3d) {
        const length = assignment[0].length;
        add("assignment_pasted", start, length, "error", () => [
          ".env line (NAME=value)",
          "A whole assignment line was pasted: only the value after the equals sign is the key.",
        ]);
        start += length;
        continue;
      }
    }

    const curl = matchAt(patterns.curlHeader, s, start);
    if (curl && start + curl[0].length < end) {
      const length = curl[0].length;
      add("header_line_pasted", start, length, "error", () => [
        "curl -H option",
        "Part of a curl command was pasted: only the header value is the key.",
      ]);
      start += length;
      continue;
    }

    // `"sk-…",` from a JSON or JS line: the separator goes before the quotes do.
    const lastCode = s.charCodeAt(end - 1);
    if (
      (lastCode === 0x2c || lastCode === 0x3b) &&
      end - 2 > start &&
      isQuote(s.charCodeAt(end - 2))
    ) {
      end -= 1;
      continue;
    }

    const openQuote = isQuote(s.charCodeAt(start));
    const closeQuote = end - start >= 2 && isQuote(s.charCodeAt(end - 1));
    if (openQuote || closeQuote) {
      if (openQuote) {
        quoteIndices.add(start);
        const role = closeQuote ? "opening" : "stray";
        add("surrounding_quotes", start, 1, "error", () => quoteText(s, start, role));
        start += 1;
      }
      if (closeQuote) {
        const at = end - 1;
        quoteIndices.add(at);
        const role = openQuote ? "closing" : "stray";
        add("surrounding_quotes", at, 1, "error", () => quoteText(s, at, role));
        end -= 1;
      }
      continue;
    }

    const scheme = matchAt(patterns.scheme, s, start);
    if (scheme && start + scheme[0].length < end) {
      const length = scheme[0].length;
      schemeCount++;
      const count = schemeCount;
      add("scheme_prefix", start, length, "warning", () => {
        const word = SCHEME_NAMES[(scheme[1] ?? "").toLowerCase()] ?? "scheme";
        return [
          `"${word}" prefix`,
          count === 1
            ? `The paste starts with "${word} ": most clients add the scheme themselves, so the header would say it twice.`
            : `"${word} " appears again: the scheme was pasted ${count} times.`,
        ];
      });
      start += length;
      continue;
    }
    break;
  }

  if (collect && start < end && matchAt(patterns.urlStart, s, start)) {
    add("url_pasted", start, end - start, "error", () => [
      "URL",
      "A URL was pasted where the key belongs.",
    ]);
  }
  capped.flush();
  return { start, end, findings, quoteIndices };
}

function quoteText(
  s: string,
  index: number,
  role: "opening" | "closing" | "stray",
): [label: string, message: string] {
  return [
    codePointLabel(s.charCodeAt(index)),
    role === "stray"
      ? "A quote character at one end of the key was copied along with it."
      : `The key is wrapped in quotes (${role} quote), probably copied from a .env, JSON or code file.`,
  ];
}
