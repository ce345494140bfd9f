import { HTTP_METHODS, type HttpMethod } from "../probe/diagnose-input";
import {
  basicCredential,
  CREDENTIAL_PARAMS,
  credentialFromHeader,
  isCredentialHeader,
  isCredentialParam,
  keyOf,
} from "./credential";
import type { ImportedCredential, ImportedRequest, ImportFormat, ImportResult } from "./types";
import { hasVariable, unmark, variablesIn } from "./variables";

/** Headers the server sets itself or refuses: importing them would only make the form fail. */
const DROPPED_HEADERS = new Set([
  "host",
  "content-length",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "expect",
]);

/** What a parser found, before the credential is picked out. */
export interface RawRequest {
  format: ImportFormat;
  url: string;
  method?: string;
  headers: [string, string][];
  body?: string;
  /** `-u user:pass`. */
  user?: string;
  /** `--oauth2-bearer`. */
  bearer?: string;
  notes: string[];
}

function methodOf(raw: RawRequest): HttpMethod | undefined {
  const m = (raw.method ?? (raw.body !== undefined ? "POST" : "GET")).toUpperCase();
  return (HTTP_METHODS as readonly string[]).includes(m) ? (m as HttpMethod) : undefined;
}

/** Takes a credential parameter out of the query string, keeping everything else as written. */
function credentialFromQuery(url: string): { url: string; credential?: ImportedCredential } {
  const q = url.indexOf("?");
  if (q < 0) return { url };
  const hash = url.indexOf("#", q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const parts = query.split("&");
  const named = (test: (name: string) => boolean) =>
    parts.findIndex((p) => p.includes("=") && test(safeDecode(p.split("=")[0] ?? "")));
  // A well-known name (`key`) before one that only sounds like a credential (`page_token`).
  const known = named((n) => CREDENTIAL_PARAMS.has(n.toLowerCase()));
  const at = known >= 0 ? known : named(isCredentialParam);
  if (at < 0) return { url };
  const [name = "", ...rest] = (parts[at] ?? "").split("=");
  const value = safeDecode(rest.join("="));
  parts.splice(at, 1);
  const kept = parts.join("&");
  const base = url.slice(0, q) + (kept ? `?${kept}` : "") + (hash < 0 ? "" : url.slice(hash));
  const param = safeDecode(name);
  return {
    url: base,
    credential: {
      ...keyOf(value),
      placement: "query",
      name: param,
      from: `query parameter ${param}`,
    },
  };
}

/** The scheme, then `user[:password]` before an `@` in the authority. */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i;

/**
 * With the key already taken from a header or -u, a literal key in a credential query
 * parameter (`?api_key=…`) is a second key: it is left out, as a second credential header
 * is, so it does not stay in clear in the URL. Only the well-known names are dropped
 * (`page_token` is a cursor, not a key), and a variable in place of the value is no secret.
 */
function dropQueryCredentials(url: string, notes: string[]): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const hash = url.indexOf("#", q);
  const parts = url.slice(q + 1, hash < 0 ? undefined : hash).split("&");
  const kept = parts.filter((p) => {
    const [name = "", ...rest] = p.split("=");
    const param = safeDecode(name);
    if (!p.includes("=") || !CREDENTIAL_PARAMS.has(param.toLowerCase())) return true;
    if (hasVariable(rest.join("="))) return true;
    notes.push(
      `The query parameter ${param} was left out: the request already carries a key, and one key is tested at a time.`,
    );
    return false;
  });
  if (kept.length === parts.length) return url;
  const query = kept.join("&");
  return url.slice(0, q) + (query ? `?${query}` : "") + (hash < 0 ? "" : url.slice(hash));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Picks the credential (header first, then -u, then the query), drops what cannot be sent. */
export function assemble(raw: RawRequest): ImportResult {
  const method = methodOf(raw);
  if (!method) {
    // Named only when it reads as a method: a mistyped -X can hold any pasted text.
    const named = /^[A-Za-z-]{1,12}$/.test(raw.method ?? "") ? ` ${raw.method}` : "";
    return { ok: false, error: `The method${named} cannot be tested here.` };
  }
  if (!raw.url) return { ok: false, error: "No URL found in what was pasted." };
  const notes = [...raw.notes];
  const headers: [string, string][] = [];
  let credential: ImportedCredential | undefined;
  for (const [name, value] of raw.headers) {
    const lower = name.toLowerCase();
    if (DROPPED_HEADERS.has(lower)) continue;
    if (isCredentialHeader(lower)) {
      if (!credential) {
        credential = credentialFromHeader(name, value);
        continue;
      }
      notes.push(`A second credential header (${name}) was left out: one key is tested at a time.`);
      continue;
    }
    headers.push([name, value.trim()]);
  }
  if (raw.user !== undefined) {
    if (!credential) credential = basicCredential(raw.user, "-u (Basic)");
    else notes.push("The -u credentials were left out: the request already carries a key.");
  }
  if (raw.bearer !== undefined) {
    if (!credential) {
      credential = { ...keyOf(raw.bearer), placement: "bearer", from: "--oauth2-bearer" };
    } else notes.push("The --oauth2-bearer token was left out: the request already carries a key.");
  }
  // `https://user:pass@host/` is curl's -u written into the URL: the same Basic credential,
  // and never left in the URL, which the summary and the endpoint field show in clear.
  const userinfo = USERINFO.exec(raw.url);
  let url = userinfo ? `${userinfo[1]}${raw.url.slice(userinfo[0].length)}` : raw.url;
  if (userinfo) {
    const pair = safeDecode(userinfo[2] ?? "");
    if (!credential) credential = basicCredential(pair, "the URL's user:password@ (Basic)");
    else
      notes.push("The user:password@ in the URL was left out: the request already carries a key.");
  }
  if (!credential) {
    const q = credentialFromQuery(url);
    url = q.url;
    credential = q.credential;
  }
  if (credential) url = dropQueryCredentials(url, notes);
  let body = raw.body;
  if (body !== undefined && (method === "GET" || method === "HEAD")) {
    notes.push(`A ${method} request has no body: the body was left out.`);
    body = undefined;
  }

  const found = new Set<string>();
  const everything = [raw.url, raw.user ?? "", raw.bearer ?? "", raw.body ?? ""];
  for (const [, value] of raw.headers) everything.push(value);
  for (const text of everything) variablesIn(text, found);
  const request: ImportedRequest = {
    format: raw.format,
    url: unmark(url, found),
    method,
    headers: headers.map(([n, v]) => [n, unmark(v, found)]),
    body: body === undefined ? undefined : unmark(body, found),
    credential,
    variables: [],
    notes,
  };
  request.variables = [...found];
  return { ok: true, request };
}
