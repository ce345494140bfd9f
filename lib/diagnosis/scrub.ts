import { PROVIDERS } from "../providers";
import type { Evidence } from "./evidence";
import type { CauseCandidate } from "./rule-support/rule";

const WINDOW = 8;

/** Findings that say the whole paste is not a secret (a placeholder, a variable name). */
const NOT_SECRET = new Set(["placeholder", "unexpanded_variable", "empty"]);

/** Every catalog prefix (sk-proj-, ghp_, xoxb-…): public format facts, not secrets. */
const PREFIXES = PROVIDERS.flatMap((p) =>
  p.keyFormats.flatMap((f) => (f.prefix ? [f.prefix] : [])),
);

/** Length of the longest public format prefix the key starts with, matched in full or not. */
function publicPrefixLength(key: string): number {
  let longest = 0;
  for (const prefix of PREFIXES) {
    if (prefix.length > longest && key.startsWith(prefix)) longest = prefix.length;
  }
  return longest;
}

/**
 * The paste is a placeholder through and through (`${OPENAI_API_KEY}`, `undefined`): one
 * finding covers the whole value. Placeholder wording (`your-api-key-here`) counts when it
 * leaves fewer than WINDOW other characters, so nothing the scrubber could mask remains:
 * masking anyway turned an upstream "invalid x-api-key" into "invalid x[redacted]". A real
 * key that merely contains `$x` is still scrubbed (a variable match may run into the key).
 */
function wholeIsNotSecret(ev: Evidence): boolean {
  const length = ev.inspection.cleaned.length;
  const findings = ev.inspection.findings;
  if (findings.some((f) => NOT_SECRET.has(f.kind) && f.length >= length)) return true;
  const wording = findings
    .filter((f) => f.kind === "placeholder")
    .reduce((sum, f) => sum + f.length, 0);
  return wording > 0 && wording > length - WINDOW;
}

/**
 * Defence in depth: rules never put key material into sentences, and upstream text was
 * redacted by the probe; still, any text that carries the key (or an 8-character run of
 * its secret part) is masked before it leaves this module. Built once per diagnosis.
 */
export function textScrubber(ev: Evidence): (text: string) => string {
  const key = ev.inspection.cleaned;
  const identity = (text: string) => text;
  if (key.length < WINDOW) return identity;
  if (wholeIsNotSecret(ev)) return identity;
  const windows = new Set<string>();
  for (let i = publicPrefixLength(key); i + WINDOW <= key.length; i++) {
    windows.add(key.slice(i, i + WINDOW));
  }
  if (windows.size === 0) return identity;
  return (text: string): string => maskWindows(text, windows);
}

/** `textScrubber` over every sentence of a cause. */
export function keyScrubber(ev: Evidence): (cause: CauseCandidate) => CauseCandidate {
  const scrub = textScrubber(ev);
  return (cause) => ({
    ...cause,
    title: scrub(cause.title),
    headline: scrub(cause.headline),
    evidence: cause.evidence.map(scrub),
    fix: cause.fix.map(scrub),
  });
}

/**
 * Replaces every run of text covered by secret windows with one "[redacted]". Runs are
 * merged before replacing, so a 15-character partial echo leaves nothing of the key behind
 * (replacing window by window would leave the tail after the first hit).
 */
function maskWindows(text: string, windows: Set<string>): string {
  let out = "";
  let last = 0;
  let runStart = -1;
  let runEnd = -1;
  for (let i = 0; i + WINDOW <= text.length; i++) {
    if (!windows.has(text.slice(i, i + WINDOW))) continue;
    if (runStart >= 0 && i <= runEnd) {
      runEnd = i + WINDOW;
      continue;
    }
    if (runStart >= 0) {
      out += `${text.slice(last, runStart)}[redacted]`;
      last = runEnd;
    }
    runStart = i;
    runEnd = i + WINDOW;
  }
  if (runStart < 0) return text;
  return `${out}${text.slice(last, runStart)}[redacted]${text.slice(runEnd)}`;
}
