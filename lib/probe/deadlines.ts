import "server-only";

/** Time limits for one diagnosis (see docs/security.md, "Rate limits and capacity"); tests pass shorter ones. */
export interface Deadlines {
  connectMs: number;
  headersMs: number;
  /** Total time to read a body, not only the gap between chunks. */
  bodyMs: number;
  probeMs: number;
  runMs: number;
}

export const DEFAULT_DEADLINES: Deadlines = {
  connectMs: 3_000,
  headersMs: 5_000,
  bodyMs: 5_000,
  probeMs: 10_000,
  runMs: 20_000,
};

/** At most this much of a body is read; the rest is never downloaded. */
export const MAX_BODY_BYTES = 64 * 1024;
