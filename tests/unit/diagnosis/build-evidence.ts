/**
 * Builds Evidence the way the probe route does, from a raw key and recorded upstream
 * answers, with the real inspection and provider code. Bodies are redacted here as the
 * probe module would redact them, so the tests see what `diagnose` sees in production.
 */

import type {
  EnvironmentEvidence,
  Evidence,
  FollowUpReason,
  ProbeResult,
  ProbeVariant,
  RedirectFacts,
  TransportError,
} from "@/lib/diagnosis/evidence";
import { inspectKey, judgeFingerprint, summarizeKey } from "@/lib/inspect";
import type { AuthPlacement, ProviderId, ResolvedAuth } from "@/lib/providers";
import {
  detectLayer,
  getProvider,
  keyLooksLike,
  parseChallenges,
  placementLabel,
  providersForKey,
  resolveAuth,
} from "@/lib/providers";
import { answerById } from "@/tests/fixtures/answers";

/** 2026-11-27T12:00:00Z: a fixed clock for every case. */
export const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

export interface ProbeSpec {
  variant: ProbeVariant;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** A transport failure instead of an answer. */
  error?: TransportError;
  auth?: ResolvedAuth;
  /** The probe's description, when the test needs the route's exact wording. */
  description?: string;
  /** A follow-up round's probe, and why it was sent. */
  round?: 2;
  followUp?: FollowUpReason;
}

/** A probe that got one of the recorded answers of tests/fixtures/answers.ts. */
export function recorded(
  variant: ProbeVariant,
  id: string,
  extraHeaders?: Record<string, string>,
): ProbeSpec {
  const a = answerById(id);
  return { variant, status: a.status, headers: { ...a.headers, ...extraHeaders }, body: a.body };
}

export interface EvidenceSpec {
  key: string;
  /** The endpoint's provider; omitted for a custom API. */
  provider?: ProviderId;
  auth?: { placement: AuthPlacement | "auto"; name?: string };
  /** The endpoint URL; defaults to the provider's test endpoint. */
  url?: string;
  probes?: ProbeSpec[];
  now?: number;
  /** Environment evidence; a function receives the pasted key's fingerprint (for "same key" echoes). */
  environment?: EnvironmentEvidence | ((fingerprint: string) => EnvironmentEvidence);
  /** Skip the probe-side redaction, to prove the diagnosis masks an echoed key by itself. */
  unredacted?: boolean;
}

const DESCRIPTIONS: Partial<Record<ProbeVariant, string>> = {
  bearer: "Authorization: Bearer <key>",
  authorization: "Authorization: <key>",
  "x-api-key": "X-API-Key: <key>",
  "api-key": "api-key: <key>",
  query: "?key=<key> in the URL",
  basic: "Authorization: Basic base64(<key>)",
};

function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("[redacted]");
  return out;
}

function redirectFacts(url: URL, location: string | undefined): RedirectFacts | undefined {
  if (!location) return undefined;
  const to = new URL(location, url);
  to.search = "";
  return {
    location: to.toString(),
    sameOrigin: to.origin === url.origin,
    httpsUpgrade: url.protocol === "http:" && to.protocol === "https:" && to.host === url.host,
    cloudflareAccess:
      to.pathname.includes("/cdn-cgi/access/login") ||
      to.hostname.endsWith(".cloudflareaccess.com"),
  };
}

export async function buildEvidence(spec: EvidenceSpec): Promise<Evidence> {
  const inspection = inspectKey(spec.key);
  const provider = spec.provider ? getProvider(spec.provider) : undefined;
  const url = new URL(spec.url ?? provider?.testEndpoint.url ?? "https://api.example.com/v1/me");
  const auth = resolveAuth(spec.provider, spec.auth ?? { placement: "auto" });
  const secrets = spec.unredacted ? [] : [spec.key, spec.key.trim(), inspection.cleaned];

  const probes: ProbeResult[] = (spec.probes ?? []).map((p) => {
    const description =
      p.description ??
      (p.variant === "no-credential"
        ? "no credential"
        : p.auth
          ? placementLabel(p.auth)
          : p.variant === "as-sent" || p.variant === "cleaned"
            ? placementLabel(auth)
            : (DESCRIPTIONS[p.variant] ?? `${p.variant}: <key>`));
    const base = {
      variant: p.variant,
      auth: p.variant === "no-credential" ? undefined : (p.auth ?? auth),
      description,
      ...(p.round ? { round: p.round } : {}),
      ...(p.followUp ? { followUp: p.followUp } : {}),
    };
    if (p.error) return { ...base, outcome: { kind: "error", error: p.error, timeMs: 12 } };
    const headers = Object.fromEntries(
      Object.entries(p.headers ?? {}).map(([k, v]) => [k.toLowerCase(), redact(v, secrets)]),
    );
    const body = redact(p.body ?? "", secrets);
    let bodyJson: unknown;
    try {
      bodyJson = body === "" ? undefined : JSON.parse(body);
    } catch {
      bodyJson = undefined;
    }
    const status = p.status ?? 401;
    const date = headers.date ? Date.parse(headers.date) : Number.NaN;
    return {
      ...base,
      outcome: {
        kind: "response",
        status,
        headers,
        challenges: headers["www-authenticate"]
          ? parseChallenges([headers["www-authenticate"]])
          : [],
        proxyChallenges: headers["proxy-authenticate"]
          ? parseChallenges([headers["proxy-authenticate"]])
          : [],
        bodyExcerpt: body.slice(0, 2048),
        bodyJson,
        contentType: headers["content-type"],
        bodyTruncated: body.length > 2048,
        timeMs: 120,
        serverDate: Number.isNaN(date) ? undefined : date,
        redirect: status >= 300 && status < 400 ? redirectFacts(url, headers.location) : undefined,
        layer: detectLayer({ status, headers, body }),
      },
    };
  });

  const serverDate = probes.find(
    (p) => p.outcome.kind === "response" && p.outcome.serverDate !== undefined,
  );
  const now =
    spec.now ??
    (serverDate?.outcome.kind === "response" ? serverDate.outcome.serverDate : undefined) ??
    NOW;
  const endpoint = spec.provider === "custom" ? undefined : spec.provider;
  const key = await summarizeKey(
    spec.key,
    inspection,
    now,
    keyLooksLike(inspection.cleaned, endpoint),
  );
  const given =
    typeof spec.environment === "function" ? spec.environment(key.fingerprint) : spec.environment;
  const environment = given ? { ...given } : undefined;
  // As the probe route does: the fingerprint check is decided from `printed` alone.
  const check = environment?.fingerprintCheck;
  if (environment && check) {
    const judged = await judgeFingerprint(spec.key, inspection.cleaned, check.printed);
    environment.fingerprintCheck = { ...check, ...judged };
    if (!judged.matchedForm) delete environment.fingerprintCheck.matchedForm;
  }
  return {
    inspection,
    key,
    providerId: spec.provider,
    providerSource: spec.provider ? "host" : "none",
    keyProviders: providersForKey(inspection.cleaned).map((m) => ({
      providerId: m.providerId,
      keyKind: m.keyKind,
      formatId: m.formatId,
    })),
    auth,
    // As lib/probe sets it: the user named the placement instead of leaving it to `auto`.
    authChosen: spec.auth !== undefined && spec.auth.placement !== "auto",
    target: { origin: url.origin, path: url.pathname, method: "GET" },
    probes,
    now,
    environment,
  };
}
