import { STAMP_HEADER } from "@/lib/api/client-address";
import { fingerprintKey, inspectKey } from "@/lib/inspect";
import { providersForKey } from "@/lib/providers";
import { splitAuthorization } from "./auth-scheme";
import type {
  CapturedCredential,
  CredentialLocation,
  CredentialReason,
  EchoCapture,
} from "./capture-schema";
import { classifyHeaderName, headerHasScheme, nameLooksLikeCredential } from "./credential-names";
import { MAX_BODY_FIELDS } from "./limits";
import { valueLooksLikeKey } from "./looks-like-key";
import { keyLikeRun, REDACTED, redactPath, safeName } from "./redact-path";

/** One request as it arrived. Holds key material: it lives only for the analysis. */
export interface RawEchoRequest {
  method: string;
  /** Relative to the capture URL, as received (percent-encoded), with the query. */
  pathAndQuery: string;
  headers: Iterable<[string, string]>;
  /** `bytes` is at most the body cap; null when the request had no body. */
  body: { contentType?: string; size: number; truncated: boolean; bytes?: Uint8Array } | null;
}

interface Candidate {
  name: string;
  location: CredentialLocation;
  value: string;
  reason: CredentialReason;
  hasScheme: boolean;
}

const MAX_CREDENTIALS = 20;

/**
 * Turns a request into a capture that holds no key material: for every credential only
 * its name, place, scheme, fingerprint, length and finding kinds. Pure (the clock is
 * passed in as `receivedAt`).
 */
export async function analyzeRequest(
  raw: RawEchoRequest,
  meta: { id: string; receivedAt: number },
): Promise<EchoCapture> {
  const headerNames: string[] = [];
  const candidates: Candidate[] = [];
  let preflight = false;
  for (const [rawName, value] of raw.headers) {
    const name = rawName.toLowerCase();
    if (name === STAMP_HEADER) continue; // our own server's stamp, not the user's app
    // Added by our own stack (Next's router, the reverse proxy we trust), not the user's app.
    if (name.startsWith("x-forwarded-")) continue;

    const shown = safeName(name);
    if (!headerNames.includes(shown)) headerNames.push(shown);
    if (name === "access-control-request-method") preflight = raw.method === "OPTIONS";
    const candidate = headerCandidate(name, shown, value);
    if (candidate) candidates.push(candidate);
  }
  const q = raw.pathAndQuery.indexOf("?");
  if (q >= 0) {
    const params = new URLSearchParams(raw.pathAndQuery.slice(q + 1));
    candidates.push(...pairCandidates(params.entries(), "query"));
  }
  if (raw.body?.bytes) candidates.push(...bodyCandidates(raw.body.contentType, raw.body.bytes));

  const credentials: CapturedCredential[] = [];
  for (const c of candidates.slice(0, MAX_CREDENTIALS))
    credentials.push(await summarizeCandidate(c));

  return {
    id: meta.id,
    receivedAt: meta.receivedAt,
    method: /^[A-Za-z]{1,16}$/.test(raw.method) ? raw.method.toUpperCase() : "OTHER",
    path: redactPath(raw.pathAndQuery || "/"),
    headerNames,
    credentials,
    body: raw.body
      ? {
          size: raw.body.size,
          contentType: mediaType(raw.body.contentType),
          truncated: raw.body.truncated,
        }
      : null,
    preflight,
  };
}

function headerCandidate(name: string, shown: string, value: string): Candidate | undefined {
  const kind = classifyHeaderName(name);
  if (kind === "excluded") return undefined;
  const reason: CredentialReason | undefined =
    kind === "known"
      ? "known_header"
      : nameLooksLikeCredential(name)
        ? "name"
        : valueLooksLikeKey(value)
          ? "value"
          : undefined;
  if (!reason) return undefined;
  return { name: shown, location: "header", value, reason, hasScheme: headerHasScheme(name) };
}

/** Query parameters and form fields: a credential by name, or by a key-like value (or name). */
function pairCandidates(
  pairs: Iterable<[string, string]>,
  location: CredentialLocation,
): Candidate[] {
  const out: Candidate[] = [];
  let seen = 0;
  for (const [name, value] of pairs) {
    if (++seen > MAX_BODY_FIELDS) break;
    const shown = safeName(name);
    if (nameLooksLikeCredential(name) && shown !== REDACTED) {
      out.push({ name: shown, location, value, reason: "name", hasScheme: false });
    } else if (valueLooksLikeKey(value)) {
      out.push({ name: shown, location, value, reason: "value", hasScheme: false });
    } else if (value === "" && shown === REDACTED && keyLikeRun(name) !== undefined) {
      // `?sk-…` (or `?sk-…;`): the key itself was sent as a bare parameter.
      const key = keyLikeRun(name) ?? name;
      out.push({ name: REDACTED, location, value: key, reason: "value", hasScheme: false });
    }
  }
  return out;
}

function bodyCandidates(contentType: string | undefined, bytes: Uint8Array): Candidate[] {
  const type = mediaType(contentType) ?? "";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (type === "application/x-www-form-urlencoded") {
    return pairCandidates(new URLSearchParams(text).entries(), "body");
  }
  if (!/json/.test(type) && !/^\s*\{/.test(text)) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  return pairCandidates(jsonFields(data), "body");
}

/** String fields at the top level and one level down, bounded, as [dotted path, value]. */
function* jsonFields(data: unknown): Generator<[string, string]> {
  if (!isPlainObject(data)) return;
  let top = 0;
  for (const [key, value] of Object.entries(data)) {
    if (++top > MAX_BODY_FIELDS) return;
    if (typeof value === "string") yield [key, value];
    else if (isPlainObject(value)) {
      let inner = 0;
      for (const [k2, v2] of Object.entries(value)) {
        if (++inner > MAX_BODY_FIELDS) break;
        if (typeof v2 === "string") yield [`${safeName(key)}.${k2}`, v2];
      }
    }
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

async function summarizeCandidate(c: Candidate): Promise<CapturedCredential> {
  const split = c.hasScheme ? splitAuthorization(c.value) : { scheme: "none", credential: c.value };
  const inspection = inspectKey(split.credential);
  const kinds = [...new Set(inspection.findings.map((f) => f.kind))];
  const providerIds = [
    ...new Set(
      providersForKey(inspection.cleaned)
        .map((m) => m.providerId)
        .filter((id) => id !== "custom"),
    ),
  ];
  return {
    name: c.name.slice(0, 80),
    location: c.location,
    scheme: split.scheme,
    ...("basicPart" in split && split.basicPart ? { basicPart: split.basicPart } : {}),
    fingerprint: await fingerprintKey(split.credential),
    ...("basicPair" in split && split.basicPair !== undefined
      ? { pairFingerprint: await fingerprintKey(split.basicPair) }
      : {}),
    ...(inspection.cleanedDiffers
      ? { cleanedFingerprint: await fingerprintKey(inspection.cleaned) }
      : {}),
    length: split.credential.length,
    findingKinds: kinds,
    providerIds,
    reason: c.reason,
  };
}

function mediaType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)
    ? type.slice(0, 100)
    : undefined;
}
