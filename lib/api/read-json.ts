import type { z } from "zod";
import { ApiError } from "./errors";
import { readBodyCapped } from "./read-body";

/**
 * Reads a JSON request body with a byte cap, then validates it. Bad input becomes an
 * ApiError naming the field that is wrong, never the value (which may be a key).
 */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number,
): Promise<z.infer<T>> {
  // Required, not only checked when present: a cross-site page can POST a typeless Blob
  // without a CORS preflight, and would then steer our probes from a victim's browser
  // (on an intranet install, against internal hosts). application/json forces a preflight.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(json|[\w.+-]+\+json)\s*(;|$)/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the body as application/json.");
  }
  // readBodyCapped refuses a declared Content-Length over the cap before reading.
  const text = await readCapped(request, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ApiError("validation_failed", describeIssue(result.error.issues[0]));
  }
  return result.data;
}

/**
 * A path segment is shown only when it is an index or a short name of letters and dashes
 * (`tryVariants`, `X-Trace`): a user-chosen name (a header name, an unknown field) may be
 * the key itself, pasted in the wrong place, and zod would quote it.
 */
function safeSegment(segment: PropertyKey): string {
  if (typeof segment === "number") return String(segment);
  return typeof segment === "string" &&
    segment.length <= 24 &&
    /^[A-Za-z]+(-[A-Za-z]+)*$/.test(segment)
    ? segment
    : "…";
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "body: is not valid";
  const where = issue.path.length > 0 ? issue.path.map(safeSegment).join(".") : "body";
  if (issue.code === "unrecognized_keys") {
    const names = issue.keys.map(safeSegment);
    return `${where}: unknown field${names.length > 1 ? "s" : ""} ${names.map((n) => `"${n}"`).join(", ")}`;
  }
  if (issue.code === "invalid_key") {
    // The name's own rule says why ("this header cannot be set here"); never the name.
    return `${where}: ${issue.issues[0]?.message ?? "is not an allowed name"}`;
  }
  // Our own messages never quote a value; zod's built-in ones name types and options only.
  return `${where}: ${issue.message}`;
}

function tooLarge(maxBytes: number) {
  return new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const body = await readBodyCapped(request, maxBytes);
  if (body?.truncated) throw tooLarge(maxBytes);
  return body ? new TextDecoder("utf-8", { fatal: false }).decode(body.bytes) : "";
}
