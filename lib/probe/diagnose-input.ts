import type { EnvironmentEvidence } from "@/lib/diagnosis/evidence";
import type { ProviderId } from "@/lib/providers";
import type { RequestedAuth } from "@/lib/providers/placement";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

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
