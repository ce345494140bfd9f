import type { ProviderId, ResolvedAuth } from "@/lib/providers";
import { alternativePlacements, placementLabel, sameAuth } from "@/lib/providers";
import type { ProbeVariant } from "./evidence";

/**
 * Which probes a diagnosis sends (see docs/diagnosis.md, "Probes"): as-sent, no-credential,
 * cleaned (when inspection would change the key) and up to four alternative placements; at
 * most 8. Pure and key-free, so the wizard's consent text ("up to N requests") counts the
 * same plan the server sends; lib/probe turns each entry into a request with the key.
 */

const MAX_PROBES = 8;
const MAX_ALTERNATIVES = 4;

/** Which copy of the key a probe carries: as pasted, cleaned by inspection, or none. */
type ProbeKey = "as-pasted" | "cleaned" | "none";

export interface PlannedProbe {
  variant: ProbeVariant;
  auth?: ResolvedAuth;
  key: ProbeKey;
  /** Human description, never key material. */
  description: string;
}

interface ProbeSetInput {
  /** Where the user's request puts the key. */
  auth: ResolvedAuth;
  /** Inspection would change the key (stray whitespace, quotes, a scheme prefix…). */
  cleanedDiffers: boolean;
  providerId?: ProviderId;
  tryVariants: boolean;
  /** The request method; variants are only sent for methods that are safe to repeat. */
  method?: string;
}

/**
 * Methods safe to repeat (RFC 9110 §9.2.1): only these get the alternative-placement
 * variants, so a POST or DELETE is never sent 8 times.
 */
export function isSafeMethod(method: string): boolean {
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD" || upper === "OPTIONS";
}

/** The variant name a probe with this placement reports under. */
export function variantOf(auth: ResolvedAuth): ProbeVariant {
  if (auth.placement !== "header") return auth.placement;
  const name = auth.name.toLowerCase();
  if (name === "x-api-key" || name === "api-key") return name;
  return "provider";
}

export function planProbeSet(input: ProbeSetInput): PlannedProbe[] {
  const plans: PlannedProbe[] = [
    {
      variant: "as-sent",
      auth: input.auth,
      key: "as-pasted",
      description: placementLabel(input.auth, "<key as pasted>"),
    },
    { variant: "no-credential", key: "none", description: "No credential (baseline)" },
  ];
  if (input.cleanedDiffers) {
    plans.push({
      variant: "cleaned",
      auth: input.auth,
      key: "cleaned",
      description: placementLabel(input.auth, "<cleaned key>"),
    });
  }
  // Variants resend the request: only for methods safe to repeat. A POST or DELETE goes
  // out as-sent, without a credential and cleaned, never 8 times.
  if (input.tryVariants && isSafeMethod(input.method ?? "GET")) {
    const seen: ResolvedAuth[] = [input.auth];
    for (const alt of alternativePlacements(input.providerId, input.auth)) {
      if (plans.length >= MAX_PROBES || seen.length > MAX_ALTERNATIVES) break;
      if (seen.some((s) => sameAuth(s, alt))) continue;
      seen.push(alt);
      plans.push({
        variant: variantOf(alt),
        auth: alt,
        // The best copy of the key: cleaned when inspection changed it.
        key: input.cleanedDiffers ? "cleaned" : "as-pasted",
        description: placementLabel(alt, input.cleanedDiffers ? "<cleaned key>" : "<key>"),
      });
    }
  }
  return plans.slice(0, MAX_PROBES);
}
