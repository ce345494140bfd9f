/** Sentence pieces shared by the rules. None of them ever touches key material. */

import type { ProbeResponse, ProbeVariant } from "../evidence";
import type { AnswerReading } from "./answer-reading";

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  407: "Proxy Authentication Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export function statusLabel(status: number): string {
  const reason = REASONS[status];
  return reason ? `${status} ${reason}` : String(status);
}

/**
 * `401 Unauthorized ("Incorrect API key provided")`; just `401 Unauthorized` when the body
 * only repeats the status ("Unauthorized", "502 Bad Gateway").
 */
export function answerLabel(reading: AnswerReading | ProbeResponse): string {
  const res = "response" in reading ? reading.response : reading;
  const message = "response" in reading ? reading.message : undefined;
  const status = statusLabel(res.status);
  const reason = REASONS[res.status];
  const said = message === undefined ? "" : lettersOf(message);
  const repeats =
    said !== "" &&
    (said === lettersOf(status) || (reason !== undefined && said === lettersOf(reason)));
  return message && !repeats ? `${status} ("${message}")` : status;
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function variantLabel(variant: ProbeVariant): string {
  switch (variant) {
    case "as-sent":
      return "the key as pasted";
    case "no-credential":
      return "no key at all";
    case "cleaned":
      return "the cleaned key";
    case "provider":
      return "the provider's own header";
    case "query":
      return "the key in the query string";
    case "basic":
      return "Basic auth";
    case "bearer":
      return "Authorization: Bearer";
    case "authorization":
      return "a raw Authorization header";
    default:
      return `the ${variant} header`;
  }
}

/** "a" or "an" before a name: an OpenAI key, an xAI key, a GitHub token. */
export function article(word: string): string {
  if (/^x[A-Z]/.test(word)) return "an";
  if (/^[aeiou]/i.test(word)) return /^(uni|use|eu)/i.test(word) ? "a" : "an";
  return "a";
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
