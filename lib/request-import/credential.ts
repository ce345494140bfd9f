import { KNOWN_CREDENTIAL_HEADERS, nameLooksLikeCredential } from "../echo/credential-names";
import { authName, PROVIDERS, type ResolvedAuth } from "../providers";
import { GATEWAYS } from "../providers/gateways/index";
import type { ImportedCredential } from "./types";
import { hasVariable, variablesIn as unmarkInto } from "./variables";

/** Every placement the provider and gateway catalogs name. */
const CATALOG_PLACEMENTS: ResolvedAuth[] = [
  ...PROVIDERS.flatMap((p) => [p.auth, ...p.alternativeAuth]),
  ...Object.values(GATEWAYS).flatMap((g) => g.placements),
];

function catalogNames(placement: "header" | "query"): string[] {
  return CATALOG_PLACEMENTS.filter((a) => a.placement === placement).flatMap(
    (a) => authName(a) ?? [],
  );
}

/** Header names that carry the key: the well-known ones and every name the catalogs use. */
const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  ...KNOWN_CREDENTIAL_HEADERS,
  ...catalogNames("header").map((n) => n.toLowerCase()),
]);

/** Query parameters the catalog names, plus the usual ones. */
export const CREDENTIAL_PARAMS: ReadonlySet<string> = new Set([
  "key",
  "api_key",
  "apikey",
  "api-key",
  "access_token",
  "token",
  "auth",
  "auth_token",
  "subscription-key",
  ...catalogNames("query"),
]);

export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower !== "proxy-authorization" && CREDENTIAL_HEADERS.has(lower);
}

export function isCredentialParam(name: string): boolean {
  return CREDENTIAL_PARAMS.has(name.toLowerCase()) || nameLooksLikeCredential(name);
}

function decodeBase64(text: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A variable in place of the key keeps the placement but fills no key. */
export function keyOf(value: string): Pick<ImportedCredential, "value" | "variable"> {
  if (!hasVariable(value)) return { value };
  const names = new Set<string>();
  unmarkInto(value, names);
  return { value: "", variable: [...names][0] };
}

/** The credential carried by one header, with the placement the wizard should use. */
export function credentialFromHeader(name: string, value: string): ImportedCredential {
  const lower = name.toLowerCase();
  if (lower !== "authorization") {
    return { ...keyOf(value), placement: "header", name, from: `${name} header` };
  }
  const scheme = /^(\S+)\s+(.*)$/s.exec(value);
  if (scheme && /^bearer$/i.test(scheme[1] ?? "")) {
    return {
      ...keyOf(scheme[2] ?? ""),
      placement: "bearer",
      from: "Authorization header (Bearer)",
    };
  }
  if (scheme && /^basic$/i.test(scheme[1] ?? "") && !hasVariable(scheme[2] ?? "")) {
    const pair = decodeBase64(scheme[2] ?? "");
    if (pair !== undefined) return basicCredential(pair, "Authorization: Basic");
  }
  return { ...keyOf(value), placement: "authorization", from: "Authorization header" };
}

/** `user:pass` (from -u or a Basic header). A key sent as the user name has an empty password. */
export function basicCredential(pair: string, from: string): ImportedCredential {
  const value = pair.endsWith(":") ? pair.slice(0, -1) : pair;
  return { ...keyOf(value), placement: "basic", from };
}
