import { isSafeMethod } from "@/lib/probe/diagnose-input";
import type { ProviderId, ResolvedAuth } from "@/lib/providers";
import { alternativePlacements } from "@/lib/providers";

/** The server's cap on requests per diagnosis (product.md §3). */
export const MAX_PROBES = 8;

/**
 * The number of requests the server sends, computed as lib/probe plans them: as-sent,
 * no-credential, cleaned (only when inspection would change the key), then the alternative
 * placements. The consent text says "up to N": over-counting is safe, under-counting is not.
 */
export function countProbes(input: {
  asSent: ResolvedAuth;
  cleanedDiffers: boolean;
  providerId?: ProviderId;
  tryVariants?: boolean;
  method?: string;
}): number {
  const base = 2 + (input.cleanedDiffers ? 1 : 0);
  if (input.tryVariants === false) return base;
  // The server resends variants only for methods that are safe to repeat.
  if (input.method && !isSafeMethod(input.method)) return base;
  return Math.min(MAX_PROBES, base + alternativePlacements(input.providerId, input.asSent).length);
}
