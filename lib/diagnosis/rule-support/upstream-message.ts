/**
 * The upstream's own error message, found in the common error shapes and shortened for a
 * sentence. Probe answers are redacted before they become evidence; the diagnosis scrubber
 * masks anything that slipped through.
 */

import type { ProbeResponse } from "../evidence";

const MAX_MESSAGE = 160;

function pickString(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return undefined;
}

/** The human message inside common error shapes: OpenAI, Google, Slack, Apigee, RFC 7807, Kong… */
function messageFromJson(json: unknown): string | undefined {
  if (json === null || typeof json !== "object") return undefined;
  const o = json as Record<string, unknown>;
  const err = o.error;
  if (err !== null && typeof err === "object") {
    const e = err as Record<string, unknown>;
    const inner = pickString(e.message) ?? pickString(e.status) ?? pickString(e.code);
    if (inner) return inner;
  }
  const fault = o.fault as Record<string, unknown> | undefined;
  if (fault !== null && typeof fault === "object") {
    const fs = pickString(fault.faultstring);
    if (fs) return fs;
  }
  const errors = o.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const first = errors[0] as unknown;
    const m = pickString(first) ?? messageFromJson({ error: first });
    if (m) return m;
  }
  return (
    pickString(o.message) ??
    pickString(o.Message) ??
    pickString(o.error_description) ??
    pickString(err) ??
    pickString(o.detail) ??
    pickString(o.title) ??
    pickString(o.msg)
  );
}

function messageFromText(text: string): string | undefined {
  const title = /<title>([^<]{1,200})<\/title>/i.exec(text)?.[1];
  if (title) return title.trim();
  const h1 = /<h1>([^<]{1,200})<\/h1>/i.exec(text)?.[1];
  if (h1) return h1.trim();
  const plain = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain === "" ? undefined : plain;
}

/** The upstream's message, shortened for a sentence. Already redacted by the probe. */
export function upstreamMessage(res: ProbeResponse): string | undefined {
  // A JSON body without an error message (a 2xx listing, say) is data, not a message to quote.
  const m =
    res.bodyJson !== undefined ? messageFromJson(res.bodyJson) : messageFromText(res.bodyExcerpt);
  if (m === undefined) return undefined;
  const oneLine = m.replace(/\s+/g, " ");
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE - 1)}…` : oneLine;
}
