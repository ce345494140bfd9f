/**
 * Every error code the server or the client may report, as a sentence a person reads. The
 * code itself never reaches the page: `validation_failed` means nothing to someone with a 401.
 */
const SENTENCES: Record<string, string> = {
  bad_request: "The test request could not be read by our server.",
  invalid_json: "The test request could not be read by our server.",
  validation_failed: "Something in the request needs fixing first.",
  target_not_allowed:
    "This endpoint cannot be tested from here: it points at a private, local or reserved address, or a host this server is not allowed to reach.",
  unsupported_media_type: "The test request could not be read by our server.",
  not_found: "Our server did not find what was asked for.",
  method_not_allowed: "Our server does not accept that kind of request here.",
  gone: "What was asked for no longer exists.",
  payload_too_large:
    "The request is too large to test: shorten the body, the headers or the key (16,384 characters at most).",
  rate_limited: "Too many tests from your address in the last minute.",
  unauthorized: "Our server refused the request.",
  service_unavailable: "Our server is busy or cannot reach its storage. Try again in a minute.",
  storage_full: "This server has no room for more shared reports right now. Try again later.",
  internal_error: "Something went wrong on our side. Try again.",
  stream_ended: "The answer stopped before the report arrived. Try again.",
  network: "Could not reach the why401 server. Check your connection and try again.",
};

const GENERIC = "The test could not be run.";

/** The sentence for a code, followed by the server's own detail when it adds something. */
export function errorSentence(code: string, detail?: string): string {
  const sentence = SENTENCES[code] ?? GENERIC;
  const extra = detail?.trim();
  if (!extra || sentence.includes(extra) || extra === GENERIC) return sentence;
  // The detail never carries a code: a message that looks like one is dropped.
  if (/^[a-z]+(_[a-z]+)+$/.test(extra)) return sentence;
  return `${sentence} ${extra.replace(/\.?$/, ".")}`;
}

export const ERROR_CODES_WITH_SENTENCES = Object.keys(SENTENCES);
