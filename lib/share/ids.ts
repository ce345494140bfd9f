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

/** The ciphertext cap: a report with every probe fits in a fraction of this. */
export const MAX_CIPHERTEXT_BYTES = 256 * 1024;
