/**
 * Reads a request pasted into the endpoint field: a curl command, a raw HTTP request or a
 * fetch(...) call. Pure and browser-side: the pasted text (which may hold the key) is taken
 * apart here and never sent anywhere. Loaded on demand, so the parsers cost nothing until
 * someone pastes a command.
 */

import { importCurl } from "./curl";
import { detectFormat } from "./detect";
import { importFetch } from "./fetch";
import { importHttp } from "./http";
import type { ImportResult } from "./types";

export { detectFormat, FORMAT_NAMES } from "./detect";
export type { ImportedCredential, ImportedRequest, ImportFormat, ImportResult } from "./types";

export function importRequest(text: string): ImportResult {
  const format = detectFormat(text);
  if (format === "curl") return importCurl(text);
  if (format === "fetch") return importFetch(text);
  if (format === "http") return importHttp(text);
  return {
    ok: false,
    error: "This is not a curl command, a raw HTTP request or a fetch(...) call.",
  };
}
