/**
 * Share ids are 16 random bytes (128 bits) in base64url: exactly 22 characters. Checking
 * the shape before any lookup lets a malformed id get the same 404 as an unknown one
 * without touching the database.
 */
export const SHARE_ID_BYTES = 16;
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function isShareId(value: string): boolean {
  return SHARE_ID_PATTERN.test(value);
}

export const SHARE_TTL_DAYS = [1, 7, 30] as const;
export type ShareTtlDays = (typeof SHARE_TTL_DAYS)[number];

/**
 * The ciphertext cap. The largest report from the recorded real answers is 12.3 KB of
 * JSON (a Cloudflare block page, 8 probes); a hostile upstream that fills every kept
 * header reaches about 89 KB. 64 KB holds every real report five times over, and a
 * report past it is not worth keeping for 30 days.
 */
export const MAX_CIPHERTEXT_BYTES = 64 * 1024;
