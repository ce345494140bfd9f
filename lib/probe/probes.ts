import "server-only";
import type { FollowUpReason } from "@/lib/diagnosis/evidence";
import type { FollowUpPlacement } from "@/lib/diagnosis/follow-up";
import { type PlannedProbe, planProbeSet, variantOf } from "@/lib/diagnosis/probe-plan";
import type { Inspection } from "@/lib/inspect/inspection";
import type { Provider, ProviderId, ResolvedAuth } from "@/lib/providers";
import { applyCredential, credentialHeader, placementLabel } from "@/lib/providers";

/**
 * The probe set as requests: lib/diagnosis/probe-plan decides which probes go out (the
 * wizard counts the same plan); this adds the URL, headers and the key to each.
 */

export const USER_AGENT = "why401/0.1 (diagnosing a 401 Unauthorized on behalf of a user)";

export interface ProbePlan extends Omit<PlannedProbe, "key"> {
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
  const planned = planProbeSet({
    auth: input.auth,
    cleanedDiffers: input.inspection.cleanedDiffers,
    providerId: input.providerId,
    tryVariants: input.tryVariants,
    method: input.method,
  });
  return planned.map(({ key, ...probe }) => {
    if (!probe.auth || key === "none") {
      return { ...probe, url: new URL(input.url), headers: baseHeaders(input) };
    }
    return {
      ...probe,
      ...withCredential(input, probe.auth, key === "cleaned" ? cleaned : input.key),
    };
  });
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
