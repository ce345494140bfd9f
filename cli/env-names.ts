import { PROVIDERS, type ProviderId } from "@/lib/providers";

/**
 * The variable names SDKs and tutorials use for each provider's key, the usual one first,
 * and the base-URL variables that send every request (and the key) to another host, from
 * the provider catalog. A project that sets one name while its SDK reads another is a
 * classic source of 401s.
 */
export interface EnvNames {
  keys: string[];
  baseUrls: string[];
}

const ENV_NAMES: Partial<Record<ProviderId, EnvNames>> = Object.fromEntries(
  PROVIDERS.flatMap((p) => (p.env ? [[p.id, p.env]] : [])),
);

/** The names that belong with `name`: the provider's own list, or the list `name` is on. */
export function relatedNames(name: string, providerId?: ProviderId): EnvNames {
  const byProvider = providerId ? ENV_NAMES[providerId] : undefined;
  const group = byProvider?.keys.includes(name)
    ? byProvider
    : (Object.values(ENV_NAMES).find((g) => g.keys.includes(name)) ?? byProvider);
  return {
    keys: [name, ...(group?.keys ?? []).filter((k) => k !== name)],
    baseUrls: group?.baseUrls ?? [],
  };
}

/** The provider's usual variable, for `--provider openai` without `--key-env`. */
export function defaultKeyName(providerId: ProviderId | undefined): string | undefined {
  return providerId ? ENV_NAMES[providerId]?.keys[0] : undefined;
}
