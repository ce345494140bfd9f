/**
 * Cheap recognition of a pasted request, kept apart from the parsers so the endpoint field can
 * ask on every keystroke without loading them.
 */
import type { ImportFormat } from "./types";

export function detectFormat(text: string): ImportFormat | undefined {
  if (/^\s*(?:\$\s+)?curl(?:\.exe)?\s/i.test(text)) return "curl";
  if (/^\s*(?:(?:const|let|var)\s+\w+\s*=\s*)?(?:await\s+)?fetch\s*\(/.test(text)) return "fetch";
  if (/^\s*[A-Z]+\s+\S+\s+HTTP\/\d(?:\.\d)?\s*\r?\n/.test(text)) return "http";
  return undefined;
}

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  curl: "curl command",
  http: "raw HTTP request",
  fetch: "fetch(...) call",
};
