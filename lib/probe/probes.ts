import "server-only";
import type { FollowUpReason, ProbeVariant } from "@/lib/diagnosis/evidence";
import type { FollowUpPlacement } from "@/lib/diagnosis/follow-up";
import type { Inspection } from "@/lib/inspect/inspection";
import type { Provider, ProviderId, ResolvedAuth } from "@/lib/providers";
import {
  alternativePlacements,
  applyCredential,
  credentialHeader,
  placementLabel,
  sameAuth,
} from "@/lib/providers";
import { isSafeMethod } from "./diagnose-input";

/**
 * The probe set (see docs/diagnosis.md, "Probes"): as-sent, no-credential, cleaned (when
 * it differs) and up to four alternative placements; at most 8, all to the endpoint's own
 * origin.
 */

export const MAX_PROBES = 8;
const MAX_ALTERNATIVES = 4;

export const USER_AGENT = "why401/0.1 (diagnosing a 401 Unauthorized on behalf of a user)";

export interface ProbePlan {
  variant: ProbeVariant;
  auth?: ResolvedAuth;
  /** Human description, never key material. */
  description: string;
  url: URL;
  headers: Record<string, string>;
  /** Set on the follow-up round's plans. */
  followUp?: FollowUpReason;
}

export interface PlanInput {
  url: URL;
  key: string;
  inspection: Inspection;
  auth: ResolvedAuth;
  providerId?: ProviderId;
  provider?: Provider;
  /** The user's extra headers (validated by the route schema). */
  headers: Record<string, string>;
  contentType?: string;
  tryVariants: boolean;
  /** The request method; variants are only sent for methods that are safe to repeat. */
  method?: string;
}

function variantOf(auth: ResolvedAuth): ProbeVariant {
  if (auth.placement !== "header") return auth.placement;
  const name = auth.name.toLowerCase();
  if (name === "x-api-key" || name === "api-key") return name;
  return "provider";
}

function baseHeaders(input: PlanInput): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.provider?.requiredHeaders ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  for (const [name, value] of Object.entries(input.headers)) headers[name.toLowerCase()] = value;
  if (input.contentType && !headers["content-type"]) headers["content-type"] = input.contentType;
  // Ours always win: a clear identity, and no compression (the body cap and gzip bombs).
  headers["user-agent"] = USER_AGENT;
  headers["accept-encoding"] = "identity";
  headers.accept ??= "application/json, text/plain;q=0.9, */*;q=0.5";
  return headers;
}

function withCredential(input: PlanInput, auth: ResolvedAuth, key: string) {
  const headers = baseHeaders(input);
  const url = new URL(input.url);
  const header = credentialHeader(auth);
  // The credential wins over an extra header of the same name: one value per probe.
  if (header) delete headers[header];
  const applied = applyCredential(auth, key);
  for (const [name, value] of Object.entries(applied.headers)) headers[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(applied.query)) url.searchParams.set(name, value);
  return { url, headers };
}

export function planProbes(input: PlanInput): ProbePlan[] {
  const cleaned = input.inspection.cleanedDiffers ? input.inspection.cleaned : input.key;
  const plans: ProbePlan[] = [
    {
      variant: "as-sent",
      auth: input.auth,
      description: placementLabel(input.auth, "<key as pasted>"),
      ...withCredential(input, input.auth, input.key),
    },
    {
      variant: "no-credential",
      description: "No credential (baseline)",
      url: new URL(input.url),
      headers: baseHeaders(input),
    },
  ];
  if (input.inspection.cleanedDiffers) {
    plans.push({
      variant: "cleaned",
      auth: input.auth,
      description: placementLabel(input.auth, "<cleaned key>"),
      ...withCredential(input, input.auth, cleaned),
    });
  }
  // Variants resend the request: only for methods safe to repeat (RFC 9110 §9.2.1). A POST
  // or DELETE goes out as-sent, without a credential and cleaned, never 8 times.
  if (input.tryVariants && isSafeMethod(input.method ?? "GET")) {
    const seen: ResolvedAuth[] = [input.auth];
    for (const alt of alternativePlacements(input.providerId, input.auth)) {
      if (plans.length >= MAX_PROBES || seen.length > MAX_ALTERNATIVES) break;
      if (seen.some((s) => sameAuth(s, alt))) continue;
      seen.push(alt);
      plans.push({
        variant: variantOf(alt),
        auth: alt,
        description: placementLabel(
          alt,
          input.inspection.cleanedDiffers ? "<cleaned key>" : "<key>",
        ),
        ...withCredential(input, alt, cleaned),
      });
    }
  }
  return plans.slice(0, MAX_PROBES);
}

/**
 * The follow-up round's requests: each placement with the key as the alternatives carry
 * it (cleaned when cleaning changes it), to the same URL with the same extra headers.
 */
export function planFollowUpProbes(input: PlanInput, placements: FollowUpPlacement[]): ProbePlan[] {
  const key = input.inspection.cleanedDiffers ? input.inspection.cleaned : input.key;
  return placements.map(({ auth, reason }) => ({
    variant: variantOf(auth),
    auth,
    description: placementLabel(auth, input.inspection.cleanedDiffers ? "<cleaned key>" : "<key>"),
    followUp: reason,
    ...withCredential(input, auth, key),
  }));
}
