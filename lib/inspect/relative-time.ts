import { plural } from "./finding";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 days", "2 hours", "45 seconds": whole units, rounded down, for a span in seconds. */
export function humanDuration(seconds: number): string {
  const s = Math.floor(Math.abs(seconds));
  if (s < MINUTE) return plural(s, "second");
  if (s < HOUR) return plural(Math.floor(s / MINUTE), "minute");
  if (s < DAY) return plural(Math.floor(s / HOUR), "hour");
  if (s < 30 * DAY) return plural(Math.floor(s / DAY), "day");
  if (s < 365 * DAY) return plural(Math.floor(s / (30 * DAY)), "month");
  return plural(Math.floor(s / (365 * DAY)), "year");
}

/** ISO 8601 for a NumericDate, or undefined when it is outside what a Date can hold. */
export function isoDate(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const ms = seconds * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}
