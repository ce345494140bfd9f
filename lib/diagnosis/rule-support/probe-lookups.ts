/**
 * Shared probe lookups for the rules. Everything here reads redacted data only: probe
 * answers were redacted by `lib/probe` before they became evidence.
 */

import type {
  Evidence,
  ProbeResponse,
  ProbeResult,
  ProbeVariant,
  TransportError,
} from "../evidence";

/** Variants that try another placement of the same key (not the baseline, not the cleaned key). */
export const ALTERNATIVE_VARIANTS: readonly ProbeVariant[] = [
  "bearer",
  "authorization",
  "x-api-key",
  "api-key",
  "provider",
  "query",
  "basic",
];

export function probe(ev: Evidence, variant: ProbeVariant): ProbeResult | undefined {
  return ev.probes.find((p) => p.variant === variant);
}

export function transportError(ev: Evidence, variant: ProbeVariant): TransportError | undefined {
  const outcome = probe(ev, variant)?.outcome;
  return outcome?.kind === "error" ? outcome.error : undefined;
}

function is2xx(res: ProbeResponse | undefined): boolean {
  return res !== undefined && res.status >= 200 && res.status < 300;
}

export function isRedirect(res: ProbeResponse | undefined): boolean {
  return res !== undefined && res.status >= 300 && res.status < 400;
}

/** Words an error object uses for a credential problem (not a failed field or a bad query). */
const AUTH_ERROR =
  /unauthori[sz]ed|unauthenticated|not authenticated|authenticat|\bauthori[sz]ation\b|credential|invalid[ _-]?(api[ _-]?)?(key|token|auth)|(api[ _-]?key|token)\b.{0,30}\b(invalid|expired|revoked|missing|required)|forbidden|access denied|permission denied/i;

function errorText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(errorText).join(" ");
  if (value && typeof value === "object") return JSON.stringify(value);
  return "";
}

/**
 * A 2xx that is not an error in disguise. Slack answers a bad token with
 * `200 {"ok":false,"error":"invalid_auth"}`, so `ok: false` is never success; a GraphQL
 * server answers 200 with `errors` saying "not authenticated" and no data, and some APIs
 * put `{"error":"Invalid API key"}` or `{"success":false}` in a 200.
 */
export function isSuccess(res: ProbeResponse | undefined): boolean {
  if (!is2xx(res) || res === undefined) return false;
  const json = res.bodyJson;
  if (json === null || typeof json !== "object" || Array.isArray(json)) return true;
  const body = json as Record<string, unknown>;
  if (body.ok === false) return false;
  // `success: false` is also how APIs answer a refused order or a failed validation to a key
  // they accepted: only words about the credential make it a refusal of the key.
  if (body.success === false && AUTH_ERROR.test(res.bodyExcerpt)) return false;
  const hasData = body.data !== undefined && body.data !== null;
  const errors = body.errors ?? body.error;
  if (errors !== undefined && errors !== null && !hasData && AUTH_ERROR.test(errorText(errors))) {
    return false;
  }
  // GraphQL: data may be present with every field null because the request was not allowed.
  if (Array.isArray(body.errors) && AUTH_ERROR.test(errorText(body.errors))) {
    const data = body.data;
    const empty =
      data === null ||
      data === undefined ||
      (typeof data === "object" && Object.values(data as object).every((v) => v === null));
    if (empty) return false;
  }
  return true;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_DATE = /\d{4}-\d{2}-\d{2}[t ][\d:.]+z?/gi;
// Request ids, trace ids, ray ids: long tokens that contain a digit.
const ID_LIKE = /\b(?=[\w-]*\d)[\w-]{12,}\b/g;
const LONG_NUMBER = /\d{5,}/g;

/** Body text with the per-request noise (ids, dates, timings) taken out, for comparison. */
export function normalizeBody(text: string): string {
  return text
    .toLowerCase()
    .replace(UUID, "<uuid>")
    .replace(ISO_DATE, "<date>")
    .replace(ID_LIKE, "<id>")
    .replace(LONG_NUMBER, "<n>")
    .replace(/\s+/g, " ")
    .trim();
}

function challengeSignature(res: ProbeResponse): string {
  return res.challenges
    .map((c) => `${c.scheme.toLowerCase()} ${c.bearerError ?? ""} ${c.params.error ?? ""}`)
    .join(",");
}

/**
 * Did two probes get the same answer? Same status, same challenges (an added
 * `error="invalid_token"` means the key was looked at), same body once request ids,
 * dates and timings are normalised away.
 */
export function sameAnswer(a: ProbeResponse | undefined, b: ProbeResponse | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (
    a.status === b.status &&
    challengeSignature(a) === challengeSignature(b) &&
    normalizeBody(a.bodyExcerpt) === normalizeBody(b.bodyExcerpt)
  );
}
