import { getProvider } from "../providers";
import type { Evidence } from "./evidence";
import type { CauseCandidate } from "./rules/types";

const WINDOW = 8;

/** Placeholder-like pastes are not secrets: inspection quotes them on purpose. */
const NOT_SECRET = new Set(["placeholder", "unexpanded_variable", "empty"]);

/** Length of the longest public format prefix the key starts with (sk-proj-, ghp_…). */
function publicPrefixLength(ev: Evidence): number {
  let longest = 0;
  for (const k of ev.keyProviders) {
    try {
      const prefix = getProvider(k.providerId).keyFormats.find((f) => f.id === k.formatId)?.prefix;
      if (prefix && ev.inspection.cleaned.startsWith(prefix))
        longest = Math.max(longest, prefix.length);
    } catch {
      // An unknown provider id names no prefix.
    }
  }
  return longest;
}

/**
 * Defence in depth: rules never put key material into sentences, and upstream text was
 * redacted by the probe; still, any text that carries the key (or an 8-character run of
 * its secret part) is masked before a cause leaves this module. Built once per diagnosis.
 */
export function keyScrubber(ev: Evidence): (cause: CauseCandidate) => CauseCandidate {
  const key = ev.inspection.cleaned;
  const identity = (cause: CauseCandidate) => cause;
  if (key.length < WINDOW) return identity;
  if (ev.inspection.findings.some((f) => NOT_SECRET.has(f.kind))) return identity;
  const windows = new Set<string>();
  for (let i = publicPrefixLength(ev); i + WINDOW <= key.length; i++) {
    windows.add(key.slice(i, i + WINDOW));
  }
  if (windows.size === 0) return identity;
  const scrub = (text: string): string => {
    if (!hasWindow(text, windows)) return text;
    let out = text.split(key).join("[redacted]");
    for (const w of windows) out = out.split(w).join("[redacted]");
    return out;
  };
  return (cause) => ({
    ...cause,
    title: scrub(cause.title),
    headline: scrub(cause.headline),
    evidence: cause.evidence.map(scrub),
    fix: cause.fix.map(scrub),
  });
}

function hasWindow(text: string, windows: Set<string>): boolean {
  for (let i = 0; i + WINDOW <= text.length; i++) {
    if (windows.has(text.slice(i, i + WINDOW))) return true;
  }
  return false;
}
