import { previewKey } from "@/lib/inspect/preview";
import { isGuessableKey } from "@/lib/inspect/summarize";
import { placementLabel, providerForHost, withName } from "@/lib/providers";
// Types and names only: the parsers themselves load when a command is pasted.
import type { ImportResult } from "@/lib/request-import";
import { FORMAT_NAMES } from "@/lib/request-import/detect";
import { type Draft, hostOf, newHeaderRow, withRequiredHeaders } from "./wizard-state";

/**
 * The draft after a pasted command: its endpoint, method, headers and body, and its
 * credential moved to the key field with the placement it was found in. A key written as a
 * shell variable fills nothing: the user has to paste its value.
 */
export function applyImport(draft: Draft, result: ImportResult): Partial<Draft> {
  if (!result.ok) return {};
  const r = result.request;
  const host = hostOf(r.url);
  const found = host ? providerForHost(host) : undefined;
  const rows = r.headers.map(([name, value]) => newHeaderRow(name, value));
  const patch: Partial<Draft> = {
    endpoint: r.url,
    method: r.method,
    headers: draft.providerChoice === "auto" ? withRequiredHeaders(rows, found) : rows,
    body: r.body ?? "",
  };
  const c = r.credential;
  if (c) {
    if (c.value) patch.key = c.value;
    patch.auth = { placement: c.placement, name: c.name ?? "" };
  }
  const where = c ? placementLabel(withName(c.placement, c.name)) : "";
  patch.imported = {
    format: FORMAT_NAMES[r.format],
    method: r.method,
    url: r.url,
    headerNames: r.headers.map(([n]) => n),
    bodyChars: r.body?.length ?? 0,
    credential: c
      ? {
          moved: c.value !== "",
          // As in a report: a short key or a user:password pair shows no slice of itself.
          preview: c.value && !isGuessableKey(c.value) ? previewKey(c.value) : undefined,
          variable: c.variable,
          where,
          from: c.from,
        }
      : undefined,
    variables: r.variables,
    notes: r.notes,
  };
  return patch;
}
