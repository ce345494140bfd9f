import type { CauseId } from "@/lib/diagnosis/cause-ids";
import type { EchoEvidence } from "@/lib/diagnosis/evidence";
import { FINDING_CAUSES } from "@/lib/diagnosis/finding-causes";
import type { FindingKind } from "@/lib/inspect/inspection";
import type { ProviderId } from "@/lib/providers";
import { type CredentialSlot, credentialSlot, getProvider } from "@/lib/providers";
import type { CapturedCredential, EchoCapture } from "./capture-schema";

/**
 * Compares what the user's app really sent (captures) with the pasted key. Pure: it
 * runs in the browser, where the pasted key's fingerprint is known, and in tests.
 */

export type EchoVerdict =
  | { kind: "cause"; causeId: CauseId; title: string; detail: string }
  | { kind: "match"; title: string; detail: string }
  | { kind: "info"; title: string; detail: string };

export interface EchoComparison {
  captureId: string;
  /** Most important first; never empty. */
  verdicts: EchoVerdict[];
  /** The credential the comparison is about, when the request carried one. */
  credential?: CapturedCredential;
  /** Absent for captures that say nothing about the key (CORS preflights). */
  evidence?: EchoEvidence;
}

interface CompareInput {
  /** The pasted key's fingerprint ("sha256:" + 8 hex). */
  keyFingerprint: string;
  providerId?: ProviderId;
}

/** The causes a captured credential's findings support, read like the pasted key's. */
function causesOfKinds(kinds: readonly string[]): Set<CauseId> {
  const causes = new Set<CauseId>();
  for (const k of kinds) {
    if (Object.hasOwn(FINDING_CAUSES, k)) causes.add(FINDING_CAUSES[k as FindingKind]);
  }
  return causes;
}

function describePlacement(p: CredentialSlot): string {
  if (p.location === "query") return `the ?${p.name}= query parameter`;
  if (p.name === "authorization") {
    return p.scheme ? `Authorization: ${p.scheme} <key>` : "Authorization: <key>";
  }
  return `the ${p.name} header`;
}

function describeCredential(c: CapturedCredential): string {
  if (c.location === "query") return `the ?${c.name}= query parameter`;
  if (c.location === "body") return `the body field "${c.name}"`;
  if (c.name === "authorization" || c.name === "proxy-authorization") {
    const header = c.name === "authorization" ? "Authorization" : "Proxy-Authorization";
    return c.scheme === "none" ? `${header}: <key>` : `${header}: ${c.scheme} <key>`;
  }
  return `the ${c.name} header`;
}

function samePlace(c: CapturedCredential, p: CredentialSlot): boolean {
  return c.location === p.location && c.name === p.name;
}

function fits(
  c: CapturedCredential,
  p: CredentialSlot,
  providerId: ProviderId | undefined,
): boolean {
  if (!samePlace(c, p)) return false;
  if (!p.scheme || c.scheme === p.scheme) return true;
  return providerId ? (getProvider(providerId).extraSchemes?.includes(c.scheme) ?? false) : false;
}

/** The pasted key may be the credential, its cleaned form, or (Basic) the whole `user:password`. */
function sameKey(c: CapturedCredential, keyFingerprint: string): boolean {
  return [c.fingerprint, c.cleanedFingerprint, c.pairFingerprint].includes(keyFingerprint);
}

/** The placements the provider accepts; undefined when any place is plausible (custom/unknown). */
function acceptedPlacements(providerId: ProviderId | undefined): CredentialSlot[] | undefined {
  if (!providerId || providerId === "custom") return undefined;
  const provider = getProvider(providerId);
  const all = [provider.auth, ...provider.alternativeAuth].map(credentialSlot);
  return all.length > 0 ? all : undefined;
}

/**
 * The credential the request is about: in the provider's place, else the pasted key, else
 * a known header, else one whose name says so, else a key-like header or query value.
 */
function primaryCredential(
  capture: EchoCapture,
  keyFingerprint: string,
  accepted: CredentialSlot[] | undefined,
): CapturedCredential | undefined {
  const all = capture.credentials;
  return (
    all.find((c) => accepted?.some((p) => samePlace(c, p))) ??
    all.find((c) => sameKey(c, keyFingerprint)) ??
    all.find((c) => c.reason === "known_header") ??
    all.find((c) => c.reason === "name" && c.location !== "body") ??
    all.find((c) => c.reason === "name") ??
    // A body field found only by its value is too weak to stand for "the key your app sends".
    all.find((c) => c.location !== "body")
  );
}

/**
 * The evidence the report ranks: exactly the fields of the shared EchoEvidence type (the
 * diagnose request validates it strictly), so no cleaned fingerprint here; the verdicts
 * above already used it.
 */
function toEchoEvidence(
  capture: EchoCapture,
  credential: CapturedCredential | undefined,
): EchoEvidence {
  return {
    ...(credential
      ? {
          credential: {
            name: credential.name,
            location: credential.location,
            scheme: credential.scheme,
            fingerprint: credential.fingerprint,
            length: credential.length,
            findingKinds: credential.findingKinds,
          },
        }
      : {}),
    headerNames: capture.headerNames,
    method: capture.method,
    path: capture.path,
  };
}

export function compareCapture(capture: EchoCapture, input: CompareInput): EchoComparison {
  if (capture.preflight) {
    return {
      captureId: capture.id,
      verdicts: [
        {
          kind: "info",
          title: "CORS preflight",
          detail:
            "Browsers send this OPTIONS request before the real one and never put the key on it. Look at the request that follows.",
        },
      ],
    };
  }
  const accepted = acceptedPlacements(input.providerId);
  const credential = primaryCredential(capture, input.keyFingerprint, accepted);
  const evidence = toEchoEvidence(capture, credential);
  if (!credential) {
    return {
      captureId: capture.id,
      evidence,
      verdicts: [
        {
          kind: "cause",
          causeId: "proxy_strips_auth",
          title: "No credential arrived",
          detail:
            "This request reached the capture URL without an Authorization or API-key header, query parameter or body field. Something between your code and here removed it (a proxy, a gateway, a redirect), or the code never set it.",
        },
      ],
    };
  }
  return {
    captureId: capture.id,
    credential,
    evidence,
    verdicts: credentialVerdicts(credential, input, accepted),
  };
}

function credentialVerdicts(
  c: CapturedCredential,
  input: CompareInput,
  accepted: CredentialSlot[] | undefined,
): EchoVerdict[] {
  const verdicts: EchoVerdict[] = [];
  const where = describeCredential(c);
  const causes = causesOfKinds(c.findingKinds);

  if (causes.has("key_scheme_prefix")) {
    verdicts.push({
      kind: "cause",
      causeId: "key_scheme_prefix",
      title: "The scheme is doubled",
      detail: `Your app sends ${where} with a "Bearer"/"token" prefix inside the key itself (e.g. "Bearer Bearer …"). Store the key without the prefix.`,
    });
  }
  if (causes.has("key_whitespace")) {
    verdicts.push({
      kind: "cause",
      causeId: "key_whitespace",
      title: "Hidden characters in the key your app sends",
      detail: `The key in ${where} carries whitespace, a line break, an invisible or a look-alike character. Trim it where it is read (.env file, secret store).`,
    });
  }
  if (causes.has("key_quotes")) {
    verdicts.push({
      kind: "cause",
      causeId: "key_quotes",
      title: "Quotes around the key your app sends",
      detail: `The key in ${where} is wrapped in quotes, usually from a .env or JSON file. Remove them.`,
    });
  }
  const placeholder = causes.has("key_placeholder");
  if (placeholder) {
    verdicts.push({
      kind: "cause",
      causeId: "key_placeholder",
      title: "Your app sends no real key",
      detail: `The value in ${where} is empty, a placeholder, an unexpanded variable or a pasted URL or assignment: the environment variable is not set (or not set to the key) where the app runs.`,
    });
  }
  const same = sameKey(c, input.keyFingerprint);
  if (!same && !placeholder) {
    verdicts.push({
      kind: "cause",
      causeId: "stale_environment",
      title: "Your app sends a different key",
      detail: `The key in ${where} has fingerprint ${c.fingerprint} (${c.length} characters); the key you pasted has ${input.keyFingerprint}. The running process uses another key: an old .env, a baked-in Docker image, or a shell that was never restarted.`,
    });
  }
  if (accepted && !accepted.some((p) => fits(c, p, input.providerId))) {
    const wanted = accepted[0] ? describePlacement(accepted[0]) : "another header";
    verdicts.push({
      kind: "cause",
      causeId: "wrong_auth_header",
      title: "The key is in the wrong place",
      detail: `Your app sends the key in ${where}; ${providerName(input.providerId)} expects ${wanted}.`,
    });
  }
  if (verdicts.length === 0) {
    verdicts.push({
      kind: "match",
      title: "Your app sends the same key",
      detail: accepted
        ? `The same key (${c.fingerprint}) arrives in ${where}, where ${providerName(input.providerId)} expects it. The problem is not in what your app sends.`
        : `The same key (${c.fingerprint}) arrives in ${where}. The problem is not in what your app sends.`,
    });
  }
  return verdicts;
}

function providerName(id: ProviderId | undefined): string {
  return id ? getProvider(id).name : "the API";
}

/** Every capture compared, and the evidence list the report ranks (preflights left out). */
export function compareCaptures(
  captures: EchoCapture[],
  input: CompareInput,
): { comparisons: EchoComparison[]; evidence: EchoEvidence[] } {
  const comparisons = captures.map((c) => compareCapture(c, input));
  const evidence = comparisons.flatMap((c) => (c.evidence ? [c.evidence] : []));
  return { comparisons, evidence };
}
