import { getProvider } from "./lookup";
import type { AuthPlacement, Provider, ProviderId, ResolvedAuth } from "./types";

export const DEFAULT_HEADER_NAME = "X-API-Key";
export const DEFAULT_QUERY_NAME = "api_key";
const MAX_ALTERNATIVES = 4;

function providerOf(providerId: ProviderId | undefined): Provider | undefined {
  return providerId === undefined ? undefined : getProvider(providerId);
}

function ownName(
  provider: Provider | undefined,
  placement: "header" | "query",
): string | undefined {
  if (!provider) return undefined;
  return [provider.auth, ...provider.alternativeAuth].find((a) => a.placement === placement)?.name;
}

/**
 * Turns the requested placement into a concrete one. `auto` is the provider's preset (Bearer
 * for an unknown API); an explicit placement is honoured as asked, with a header or query name
 * taken from the request, else from the provider, else a common default.
 */
export function resolveAuth(
  providerId: ProviderId | undefined,
  requested: { placement: AuthPlacement | "auto"; name?: string },
): ResolvedAuth {
  const provider = providerOf(providerId);
  const name = requested.name?.trim() || undefined;
  switch (requested.placement) {
    case "auto":
      return provider ? { ...provider.auth } : { placement: "bearer" };
    case "header":
      return {
        placement: "header",
        name: name ?? ownName(provider, "header") ?? DEFAULT_HEADER_NAME,
      };
    case "query":
      return { placement: "query", name: name ?? ownName(provider, "query") ?? DEFAULT_QUERY_NAME };
    default:
      return { placement: requested.placement };
  }
}

/** Same placement; header names compare case-insensitively (HTTP), query names exactly. */
export function sameAuth(a: ResolvedAuth, b: ResolvedAuth): boolean {
  if (a.placement !== b.placement) return false;
  if (a.placement === "header")
    return (a.name ?? "").toLowerCase() === (b.name ?? "").toLowerCase();
  if (a.placement === "query") return (a.name ?? "") === (b.name ?? "");
  return true;
}

/**
 * Up to four other placements worth a probe (product.md §3): the provider's own first,
 * then Authorization: Bearer, raw Authorization, X-API-Key and api-key. A query-string
 * placement only where the provider expects one, because query strings land in logs.
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
    // Only the placement itself: catalog-only fields (keyKinds) stay in the catalog.
    out.push(
      c.name === undefined ? { placement: c.placement } : { placement: c.placement, name: c.name },
    );
  }
  return out;
}
