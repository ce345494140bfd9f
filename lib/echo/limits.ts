/** Limits of the echo check (see docs/security.md, "Rate limits and capacity"). */

/** A capture URL lives this long. */
export const ECHO_TTL_MS = 15 * 60 * 1000;

/** Captures kept per capture URL; more answer 429. */
export const MAX_CAPTURES_PER_SESSION = 20;

/** Bytes of a body read to look for credential fields; a larger body answers 413. */
export const MAX_BODY_BYTES = 64 * 1024;

/** At most this many fields of a JSON or form body are looked at, per level. */
export const MAX_BODY_FIELDS = 200;

/** Per minute (the window of lib/api/enforce-rate-limit). */
interface EchoRateLimits {
  /** New capture URLs per client per minute. */
  create: number;
  /** Requests to capture URLs per client per minute. */
  capture: number;
  /** Reads of one capture URL's list per minute (the wizard polls every 2 s). */
  list: number;
}

/**
 * Proportionate to WHY401_RATE_LIMIT_PER_MINUTE (diagnoses per client per minute);
 * 0 turns limiting off, as for diagnoses.
 */
export function echoRateLimits(perMinute: number): EchoRateLimits | undefined {
  if (perMinute === 0) return undefined;
  return {
    create: perMinute,
    capture: perMinute * 6,
    list: Math.max(60, perMinute * 3),
  };
}
