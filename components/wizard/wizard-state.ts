import type { EchoEvidence, EnvironmentEvidence } from "@/lib/diagnosis/evidence";
import type { HttpMethod } from "@/lib/probe/diagnose-input";
import type { AuthPlacement, Provider, ProviderId } from "@/lib/providers";
import { authName, resolveAuth } from "@/lib/providers";
import type { DiagnoseRequest } from "./diagnose-client";
import { normalizePrinted } from "./fingerprint-commands";

export interface HeaderRow {
  id: number;
  name: string;
  value: string;
}

/**
 * Everything the user typed. Lives only in React state: never in the URL, storage or a log,
 * because `key` is the secret this whole app exists to protect.
 */
export interface Draft {
  endpoint: string;
  method: HttpMethod;
  providerChoice: ProviderId | "auto";
  headers: HeaderRow[];
  /** Request body, sent only with methods that carry one. */
  body: string;
  key: string;
  auth: { placement: AuthPlacement | "auto"; name: string };
  envVar: string;
  printed: string;
  printedSource?: string;
  echo?: EchoEvidence[];
  /** What the last pasted command filled in; the key appears only as its preview. */
  imported?: ImportSummary;
}

export interface ImportSummary {
  format: string;
  method: string;
  url: string;
  headerNames: string[];
  bodyChars: number;
  credential?: {
    /** The key went to the key field (a variable in its place fills nothing). */
    moved: boolean;
    /** Shown only for a key a preview cannot give away: not a short one, not user:password. */
    preview?: string;
    variable?: string;
    where: string;
    from: string;
  };
  variables: string[];
  notes: string[];
}

export const EMPTY_DRAFT: Draft = {
  endpoint: "",
  method: "GET",
  providerChoice: "auto",
  headers: [],
  body: "",
  key: "",
  auth: { placement: "auto", name: "" },
  envVar: "",
  printed: "",
};

export type UpdateDraft = (patch: Partial<Draft>) => void;

let nextRowId = 1;
export function newHeaderRow(name = "", value = ""): HeaderRow {
  nextRowId += 1;
  return { id: nextRowId, name, value };
}

export function hostOf(endpoint: string): string | undefined {
  try {
    return new URL(endpoint.trim()).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Adds the provider's required headers (e.g. anthropic-version) that the user has not set. */
export function withRequiredHeaders(
  rows: HeaderRow[],
  provider: Provider | undefined,
): HeaderRow[] {
  if (!provider) return rows;
  const have = new Set(rows.map((r) => r.name.trim().toLowerCase()));
  const added = Object.entries(provider.requiredHeaders)
    .filter(([name]) => !have.has(name.toLowerCase()))
    .map(([name, value]) => newHeaderRow(name, value));
  return added.length ? [...rows, ...added] : rows;
}

export function headerRecord(rows: HeaderRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) if (r.name.trim()) out[r.name.trim()] = r.value;
  return out;
}

/** No endpoint, or a key that is redacted or a placeholder: inspect only, send nothing upstream. */
export function isInspectionOnly(draft: Draft, notARealKey: boolean): boolean {
  return !draft.endpoint.trim() || notARealKey;
}

export function methodHasBody(method: HttpMethod): boolean {
  return method !== "GET" && method !== "HEAD";
}

export function buildRequest(
  draft: Draft,
  inspectionOnly: boolean,
  environment: EnvironmentEvidence | undefined,
): DiagnoseRequest {
  const request: DiagnoseRequest = { key: draft.key };
  if (environment) request.environment = environment;
  if (draft.providerChoice !== "auto") request.provider = draft.providerChoice;
  if (inspectionOnly) return request;
  request.endpoint = draft.endpoint.trim();
  request.method = draft.method;
  const { placement, name } = draft.auth;
  if (placement === "header" || placement === "query") {
    // The server needs a name here; an empty field means the provider's own (resolveAuth).
    const provider = draft.providerChoice === "auto" ? undefined : draft.providerChoice;
    request.auth = {
      placement,
      name: name.trim() || (authName(resolveAuth(provider, { placement })) ?? ""),
    };
  } else {
    request.auth = { placement };
  }
  const headers = headerRecord(draft.headers);
  if (Object.keys(headers).length) request.headers = headers;
  if (draft.body && methodHasBody(draft.method)) request.body = draft.body;
  return request;
}

/** What step 3 learned, for the diagnose request (ranked as stale_environment and friends). */
export function environmentEvidence(
  draft: Draft,
  fingerprint: string | undefined,
): EnvironmentEvidence | undefined {
  const printed = normalizePrinted(draft.printed);
  const out: EnvironmentEvidence = {};
  if (printed && fingerprint) {
    // The server recomputes the match from `printed`; `matches` is for older servers.
    out.fingerprintCheck = { printed, matches: printed === fingerprint };
    if (draft.printedSource) out.fingerprintCheck.source = draft.printedSource;
  }
  if (draft.echo?.length) out.echo = draft.echo;
  return out.fingerprintCheck || out.echo ? out : undefined;
}
