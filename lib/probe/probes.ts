import "server-only";
import type { ProbeVariant } from "@/lib/diagnosis/evidence";
import type { Inspection } from "@/lib/inspect/types";
import { alternativePlacements, sameAuth } from "@/lib/providers";
import type { Provider, ProviderId, ResolvedAuth } from "@/lib/providers/types";
import { isSafeMethod } from "./types";

/**
 * The probe set of product.md §3: as-sent, no-credential, cleaned (when it differs) and up
 * to four alternative placements; at most 8, all to the endpoint's own origin.
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

function basicValue(key: string): string {
  // product.md §9: a key without ":" is taken as the user name.
  const pair = key.includes(":") ? key : `${key}:`;
  return `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
}

/** The header (lower-case) a placement writes, or undefined for the query string. */
export function credentialHeader(auth: ResolvedAuth): string | undefined {
  if (auth.placement === "query") return undefined;
  if (auth.placement === "header") return (auth.name ?? "x-api-key").toLowerCase();
  return "authorization";
}

function describeAuth(auth: ResolvedAuth, label: string): string {
  switch (auth.placement) {
    case "bearer":
      return `Authorization: Bearer ${label}`;
    case "authorization":
      return `Authorization: ${label}`;
    case "basic":
      return `Authorization: Basic base64(${label})`;
    case "header":
      return `${auth.name ?? "X-API-Key"}: ${label}`;
    case "query":
      return `?${auth.name ?? "api_key"}=${label}`;
  }
}

function variantOf(auth: ResolvedAuth): ProbeVariant {
  if (auth.placement !== "header") return auth.placement;
  const name = (auth.name ?? "").toLowerCase();
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
  switch (auth.placement) {
    case "bearer":
      headers.authorization = `Bearer ${key}`;
      break;
    case "authorization":
      headers.authorization = key;
      break;
    case "basic":
      headers.authorization = basicValue(key);
      break;
    case "header":
      headers[header ?? "x-api-key"] = key;
      break;
    case "query":
      url.searchParams.set(auth.name ?? "api_key", key);
      break;
  }
  return { url, headers };
}

export function planProbes(input: PlanInput): ProbePlan[] {
  const cleaned = input.inspection.cleanedDiffers ? input.inspection.cleaned : input.key;
  const plans: ProbePlan[] = [
    {
      variant: "as-sent",
      auth: input.auth,
      description: describeAuth(input.auth, "<key as pasted>"),
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
      description: describeAuth(input.auth, "<cleaned key>"),
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
        description: describeAuth(alt, input.inspection.cleanedDiffers ? "<cleaned key>" : "<key>"),
        ...withCredential(input, alt, cleaned),
      });
    }
  }
  return plans.slice(0, MAX_PROBES);
}
