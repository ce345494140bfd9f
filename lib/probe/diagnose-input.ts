import type { EnvironmentEvidence } from "@/lib/diagnosis/evidence";
import type { ProviderId } from "@/lib/providers";
import type { RequestedAuth } from "@/lib/providers/placement";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Methods safe to repeat (RFC 9110 §9.2.1): only these get the alternative-placement
 * variants, so a POST or DELETE is never sent 8 times. The wizard's consent count uses it too.
 */
export function isSafeMethod(method: string): boolean {
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD" || upper === "OPTIONS";
}

/** A validated diagnose request (app/api/diagnose/schema.ts produces it). Holds the key: server memory only. */
export interface DiagnoseInput {
  endpoint?: string;
  method?: HttpMethod;
  key: string;
  auth?: RequestedAuth;
  headers?: Record<string, string>;
  body?: string;
  provider?: ProviderId;
  tryVariants?: boolean;
  /** The wizard's environment step (fingerprint check, echo captures); `matches` is recomputed. */
  environment?: Omit<EnvironmentEvidence, "fingerprintCheck"> & {
    fingerprintCheck?: { printed: string; matches?: boolean; source?: string };
  };
}
