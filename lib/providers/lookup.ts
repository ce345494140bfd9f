import { CATALOG } from "./catalog";
import type { ProviderId } from "./ids";
import type { BadKeyAnswer, Provider } from "./schema";

/** Every catalog entry, validated, in PROVIDER_IDS order. */
export const PROVIDERS: Provider[] = CATALOG;

const byId = new Map<ProviderId, Provider>(PROVIDERS.map((p) => [p.id, p]));

/** The catalog entry for an id. Throws only for an id outside PROVIDER_IDS (a programming error). */
export function getProvider(id: ProviderId): Provider {
  const provider = byId.get(id);
  if (!provider) throw new Error(`unknown provider id: ${String(id)}`);
  return provider;
}

export function normalizeHost(hostname: string): string {
  // URL hostnames may carry a trailing dot (FQDN form) or stray case: both name the same host.
  return hostname.trim().toLowerCase().replace(/\.+$/, "");
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith("*.")) {
    const suffix = pattern.slice(1); // ".openai.azure.com"
    return host.length > suffix.length && host.endsWith(suffix);
  }
  return host === pattern;
}

/** The provider whose host list names this hostname (exact first, then `*.suffix`). */
export function providerForHost(hostname: string): Provider | undefined {
  const host = normalizeHost(hostname);
  if (host === "") return undefined;
  return (
    PROVIDERS.find((p) => p.hosts.some((h) => !h.startsWith("*.") && hostMatches(h, host))) ??
    PROVIDERS.find((p) => p.hosts.some((h) => h.startsWith("*.") && hostMatches(h, host)))
  );
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, "i");
  } catch {
    return undefined;
  }
}

/**
 * The catalog's bad-key answer that fits a response: body-patterned entries before
 * status-only ones, and a 2xx only when its body says so (Slack's `ok:false`).
 */
export function matchBadKeyAnswer(
  providerId: ProviderId,
  status: number,
  body: string,
): BadKeyAnswer | undefined {
  const answers = getProvider(providerId).badKeyAnswers.filter((a) => a.status === status);
  const patterned = answers.find(
    (a) => a.bodyPattern !== undefined && safeRegex(a.bodyPattern)?.test(body) === true,
  );
  if (patterned) return patterned;
  if (status < 300) return undefined;
  return answers.find((a) => a.bodyPattern === undefined);
}
