import { CappedFindings } from "./capped-findings";
import { makeFinding, placed } from "./finding";
import type { ScanHints } from "./hidden-chars";
import type { Finding } from "./inspection";

/**
 * Pastes that are not a key at all: placeholders, unexpanded variables and redacted
 * copies. Probing with them is pointless, so they set `notARealKey`.
 */

// Bounded repetitions keep every global search linear on an 8 KB paste, and a variable's
// body stops at the next brace: with `[^}]`, 8 KB of "{{{{" made each of the 8192 starts
// scan 200 characters before failing.
const VARIABLE =
  /\$\{\{[^{}]{0,200}\}\}|\$\{[^{}]{0,200}\}|\{\{[^{}]{0,200}\}\}|\$env:[A-Za-z_]\w{0,100}|\$[A-Za-z_]\w{0,100}|%([A-Za-z_]\w{1,100})%|(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|Deno\.env|Bun\.env|ENV\[|getenv\()[^\s]{0,200}/g;

/**
 * A whole paste that is a variable's name: OPENAI_API_KEY, HF_TOKEN, stripe_secret_key.
 * Snake case of short segments, one of which names a credential. A real key is never this:
 * its random part is one long segment of mixed characters.
 */
const VARIABLE_NAME =
  /^(?:[A-Z][A-Z0-9]{0,19}(?:_[A-Z0-9]{1,20}){1,7}|[a-z][a-z0-9]{0,19}(?:_[a-z0-9]{1,20}){1,7})$/;
const CREDENTIAL_WORD =
  /^(?:key|apikey|token|secret|pat|password|passwd|pwd|pass|auth|credentials?|access|bearer|jwt|sid)$/i;

/** Lookups with no `$ % { .` to hint at them: Ruby's ENV["X"], getenv("X"), .NET's. */
const LOOKUP_WITHOUT_HINT =
  /^(?:ENV(?:\[|\.fetch\()|getenv\(|Environment\.GetEnvironmentVariable\()/;

function isVariableName(cleaned: string): boolean {
  return (
    cleaned.length <= 64 &&
    VARIABLE_NAME.test(cleaned) &&
    cleaned.split("_").some((part) => CREDENTIAL_WORD.test(part))
  );
}

const X_RUN = /xxxx|XXXX/;
const REDACTION = /\u2026+|\.{3,}|\*{2,}|[\u2022\u2219\u25CF]+|x{4,}|X{4,}/g;

const PLACEHOLDER_TEXT =
  /your[-_ .]?[a-z0-9_ .-]{0,40}?(?:key|token|secret)|(?:key|token|secret)[-_ .]?(?:goes[-_ .]?)?here|replace[-_ .]?me|change[-_ .]?me|insert[-_ .]?(?:your[-_ .]?)?(?:api[-_ .]?)?(?:key|token)/gi;

const PLACEHOLDER_WORDS = new Set([
  "undefined",
  "null",
  "none",
  "nil",
  "nan",
  "true",
  "false",
  "[object object]",
  "changeme",
  "change-me",
  "change_me",
  "replaceme",
  "todo",
  "fixme",
  "placeholder",
  "secret",
  "password",
  "token",
  "key",
  "apikey",
  "api-key",
  "api_key",
  "api key",
  "example",
  "dummy",
  "test",
  "string",
  "bearer",
  "basic",
  // Sentinels that tools and docs put in the key field of a local or keyless server
  // (vLLM's EMPTY, llama.cpp's sk-no-key-required, LM Studio, Ollama, "not-needed").
  "empty",
  "not-needed",
  "not_needed",
  "notneeded",
  "no-key",
  "nokey",
  "no-key-required",
  "sk-no-key-required",
  "lm-studio",
  "ollama",
  "fake",
  "fake-key",
  "dummy-key",
  "anything",
]);

const ANGLE_OR_BRACKET = /^(?:<[^<>]{1,100}>|\[[^[\]]{1,100}\])$/;
/** A long value still inside a template's <…> markers: the key pasted into `<YOUR_KEY>`. */
const INSIDE_MARKERS = /^(?:<[^<>\s]{101,198}>|\[[^[\]\s]{101,198}\])$/;
/**
 * What sits inside short <…> or […] markers reads as a key rather than a template's name:
 * unbroken, with a random-looking run (16+ letters and digits, both present), and no
 * placeholder words or runs of x (`<ghp_…40 characters>`, not `<YOUR_API_KEY>` or
 * `<your-key-here>`: a template's name is words between separators).
 */
function keyShaped(inner: string): boolean {
  return (
    inner.length >= 20 &&
    !/\s/.test(inner) &&
    (inner.match(/[A-Za-z0-9]{16,}/g) ?? []).some(
      (run) => /\d/.test(run) && /[A-Za-z]/.test(run),
    ) &&
    !/x{4,}/i.test(inner) &&
    !new RegExp(PLACEHOLDER_TEXT.source, "i").test(inner)
  );
}

/** The label of a key pasted with its template's markers still around it. */
export const MARKERS_LABEL = "template markers";

/** A Python format-string field never rendered: `{api_key}`, `{config.key}`. */
const FORMAT_FIELD = /^\{[A-Za-z_][\w.]{0,100}\}$/;
const ALL_X = /^(?:[a-z0-9]+[-_])*x{3,}(?:[-_]x+)*$/i;

/** Whole-value placeholders are short; longer values skip the whole-value patterns. */
const MAX_PLACEHOLDER_LENGTH = 200;
/** Placeholder text inside a value ("sk-your-key-here") is never kilobytes long. */
const MAX_PLACEHOLDER_TEXT_LENGTH = 1024;

export function findNotAKey(
  s: string,
  start: number,
  end: number,
  cleaned: string,
  hints: ScanHints,
  out: Finding[],
): void {
  if (cleaned.length === 0) return;
  const value = s.slice(start, end);
  const capped = new CappedFindings(out);

  let wholeIsPlaceholder = false;
  const markedKey =
    INSIDE_MARKERS.test(cleaned) ||
    (ANGLE_OR_BRACKET.test(cleaned) && keyShaped(cleaned.slice(1, -1)));
  if (cleaned.length <= MAX_PLACEHOLDER_LENGTH && !markedKey) {
    const lower = cleaned.toLowerCase();
    if (PLACEHOLDER_WORDS.has(lower) || ANGLE_OR_BRACKET.test(cleaned) || ALL_X.test(cleaned)) {
      wholeIsPlaceholder = true;
      out.push(
        makeFinding(
          "placeholder",
          start,
          end - start,
          "error",
          "placeholder text",
          "This is placeholder text (like <KEY>, your-api-key, xxxx or undefined), not a key.",
        ),
      );
    }
  }

  if (!wholeIsPlaceholder && markedKey) {
    wholeIsPlaceholder = true;
    out.push(
      makeFinding(
        "placeholder",
        start,
        end - start,
        "error",
        MARKERS_LABEL,
        "The key is still inside a template's <…> or […] markers: the markers are not part of the key.",
      ),
    );
  }

  if (!wholeIsPlaceholder && cleaned.length <= MAX_PLACEHOLDER_TEXT_LENGTH) {
    for (const m of value.matchAll(PLACEHOLDER_TEXT)) {
      if (!capped.admit("placeholder", start + (m.index ?? 0), "error")) continue;
      capped.push(
        makeFinding(
          "placeholder",
          start + (m.index ?? 0),
          m[0].length,
          "error",
          "placeholder text",
          // No quoted example here: "your-api-key" beside a key that contains it reads as
          // an echo of the key, and the report's scrubber would mask it.
          placed(
            "The key contains placeholder text from an example or a template, not the real key.",
            start + (m.index ?? 0),
            m[0].length,
          ),
        ),
      );
    }
  }

  const variableFinding = (index: number, length: number, label: string) =>
    makeFinding(
      "unexpanded_variable",
      index,
      length,
      "error",
      label,
      label === NAME_LABEL
        ? "This is the name of a variable, not its value: the API got the name, not the key."
        : "A variable reference was sent literally: the variable was never expanded, so the API got its name, not the key.",
    );
  const sawPlaceholder = out.some((f) => f.kind === "placeholder" && f.index >= start);
  if (!sawPlaceholder && cleaned.length <= MAX_PLACEHOLDER_LENGTH) {
    const offset = Math.max(0, value.indexOf(cleaned));
    if (isVariableName(cleaned)) {
      out.push(variableFinding(start + offset, cleaned.length, NAME_LABEL));
    } else if (LOOKUP_WITHOUT_HINT.test(cleaned)) {
      out.push(variableFinding(start + offset, cleaned.length, variableLabel(cleaned)));
    } else if (FORMAT_FIELD.test(cleaned)) {
      out.push(variableFinding(start + offset, cleaned.length, VARIABLE_LABELS.formatField));
    }
  }

  for (const m of hints.variable ? value.matchAll(VARIABLE) : []) {
    const name = m[1];
    // "%E2%80%" is percent-encoding, not a Windows %VARIABLE%.
    if (name !== undefined && /^[0-9A-Fa-f]{2}$/.test(name)) continue;
    if (!capped.admit("unexpanded_variable", start + (m.index ?? 0), "error")) continue;
    capped.push(variableFinding(start + (m.index ?? 0), m[0].length, variableLabel(m[0])));
  }

  const maybeRedacted = hints.redaction || X_RUN.test(value);
  for (const m of maybeRedacted ? value.matchAll(REDACTION) : []) {
    const text = m[0];
    const isXRun = text.charCodeAt(0) === 0x78 || text.charCodeAt(0) === 0x58;
    if (isXRun && wholeIsPlaceholder) continue;
    if (!capped.admit("redacted", start + (m.index ?? 0), "error")) continue;
    capped.push(
      makeFinding(
        "redacted",
        start + (m.index ?? 0),
        text.length,
        "error",
        redactionLabel(text),
        placed(
          `Part of the key is replaced by ${redactionNoun(text)}, as in a copy shortened for display; paste the full key.`,
          start + (m.index ?? 0),
          text.length,
        ),
      ),
    );
  }
  capped.flush();
}

/** The label of a bare variable name pasted as the key. */
export const NAME_LABEL = "variable name";

/**
 * The label names the runtime the spelling belongs to: the diagnosis picks the fix for
 * that runtime from it (docs/diagnosis.md).
 */
export const VARIABLE_LABELS = {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the label names the Actions syntax.
  actions: "GitHub Actions expression ${{ … }}",
  template: "template variable {{…}}",
  formatField: "format-string field {…}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the label names the shell syntax.
  shellBraces: "shell variable ${…}",
  powershell: "PowerShell variable $env:…",
  shell: "shell variable $…",
  cmd: "Windows variable %…%",
  node: "Node.js lookup process.env…",
  python: "Python lookup os.environ…",
  ruby: "Ruby lookup ENV[…]",
  java: "Java lookup System.getenv(…)",
  dotnet: ".NET lookup Environment.GetEnvironmentVariable(…)",
  code: "environment lookup in code",
} as const;

function variableLabel(text: string): string {
  if (text.startsWith("${{")) return VARIABLE_LABELS.actions;
  if (text.startsWith("{{")) return VARIABLE_LABELS.template;
  if (text.startsWith("${")) return VARIABLE_LABELS.shellBraces;
  if (text.startsWith("$env:")) return VARIABLE_LABELS.powershell;
  if (text.startsWith("$")) return VARIABLE_LABELS.shell;
  if (text.startsWith("%")) return VARIABLE_LABELS.cmd;
  if (text.startsWith("process.env") || text.startsWith("import.meta.env")) {
    return VARIABLE_LABELS.node;
  }
  if (text.startsWith("os.environ") || text.startsWith("os.getenv")) return VARIABLE_LABELS.python;
  if (text.startsWith("ENV")) return VARIABLE_LABELS.ruby;
  if (text.startsWith("System.getenv")) return VARIABLE_LABELS.java;
  if (text.startsWith("Environment.")) return VARIABLE_LABELS.dotnet;
  return VARIABLE_LABELS.code;
}

/** The mask in words, never the mask characters themselves. */
function redactionNoun(text: string): string {
  const first = text.charCodeAt(0);
  if (first === 0x2026) return "an ellipsis";
  if (first === 0x2e) return "dots";
  if (first === 0x2a) return "asterisks";
  if (first === 0x78 || first === 0x58) return "a run of x";
  return "bullets";
}

function redactionLabel(text: string): string {
  const first = text.charCodeAt(0);
  const count = text.length;
  if (first === 0x2026) return "U+2026 HORIZONTAL ELLIPSIS";
  if (first === 0x2e) return `${count} dots`;
  if (first === 0x2a) return `${count} asterisks`;
  if (first === 0x78 || first === 0x58) return `run of ${count} x`;
  return `${count} bullet characters`;
}
