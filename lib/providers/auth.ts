import type { ProviderId } from "./ids";
import { getProvider } from "./lookup";
import {
  authName,
  DEFAULT_HEADER_NAME,
  type RequestedAuth,
  type ResolvedAuth,
  sameAuth,
  withName,
} from "./placement";
import type { Provider } from "./schema";

const MAX_ALTERNATIVES = 4;

function providerOf(providerId: ProviderId | undefined): Provider | undefined {
  return providerId === undefined ? undefined : getProvider(providerId);
}

/** The bare placement, without catalog-only fields (keyKinds), as a fresh object. */
function placementOnly(auth: ResolvedAuth): ResolvedAuth {
  return auth.placement === "header" || auth.placement === "query"
    ? { placement: auth.placement, name: auth.name }
    : { placement: auth.placement };
}

/**
 * Turns the requested placement into a concrete one. `auto` is the provider's preset (Bearer
 * for an unknown API); an explicit placement is honoured as asked, with a header or query name
 * taken from the request, else from the provider, else a common default.
 */
export function resolveAuth(
  providerId: ProviderId | undefined,
  requested: RequestedAuth,
): ResolvedAuth {
  const provider = providerOf(providerId);
  if (requested.placement === "auto") {
    return provider ? placementOnly(provider.auth) : { placement: "bearer" };
  }
  const placement = requested.placement;
  const own = provider
    ? [provider.auth, ...provider.alternativeAuth].find((a) => a.placement === placement)
    : undefined;
  return withName(placement, requested.name, own && authName(own));
}

/**
 * Up to four other placements worth a probe (see docs/diagnosis.md, "Probes"): the
 * provider's own first, then Authorization: Bearer, raw Authorization, X-API-Key and
 * api-key. A query-string placement only where the provider expects one, because query
 * strings land in logs.
 */
export function alternativePlacements(
  providerId: ProviderId | undefined,
  chosen: ResolvedAuth,
): ResolvedAuth[] {
  const provider = providerOf(providerId);
  const candidates: ResolvedAuth[] = [
    ...(provider ? [provider.auth, ...provider.alternativeAuth] : []),
    { placement: "bearer" },
    { placement: "authorization" },
    { placement: "header", name: DEFAULT_HEADER_NAME },
    { placement: "header", name: "api-key" },
  ];
  const out: ResolvedAuth[] = [];
  for (const c of candidates) {
    if (out.length >= MAX_ALTERNATIVES) break;
    if (sameAuth(c, chosen) || out.some((o) => sameAuth(o, c))) continue;
    out.push(placementOnly(c));
  }
  return out;
}
