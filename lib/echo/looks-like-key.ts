import { providersForKey } from "@/lib/providers";

const JWT = /^eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN_CHARS = /^[A-Za-z0-9_\-+/=.~:]+$/;

/** Shannon entropy in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Does a value look like a key, whatever its name? A provider's key format, a JWT, or a
 * long random-looking token. UUIDs (request ids), model names and dates do not count. Pure.
 */
export function valueLooksLikeKey(raw: string): boolean {
  const value = raw.trim();
  if (value.length < 16 || value.length > 4096) return false;
  // Only a format with a distinctive prefix (sk-proj-, ghp_, xoxb-…) counts: bare
  // length-and-alphabet formats (SendGrid key ids) also match model names.
  if (providersForKey(value).some((m) => m.specific)) return true;
  if (JWT.test(value)) return true;
  if (UUID.test(value) || !TOKEN_CHARS.test(value) || value.length < 20) return false;
  // A random token has a long unbroken run; model names and dates are short words
  // between dashes ("claude-3-5-sonnet-20241022", "gpt-4o-mini-2024-07-18").
  const run = value.split(/[-_.:~/]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
  if (run.length < 16 || !/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return false;
  return entropy(run) >= 3.5;
}
