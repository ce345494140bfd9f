import { z } from "zod";

/** Every error code an API route may answer, and its HTTP status (after dub). */
export const errorCodeSchema = z.enum([
  "bad_request",
  "invalid_json",
  "validation_failed",
  "target_not_allowed",
  "unsupported_media_type",
  "not_found",
  "method_not_allowed",
  "gone",
  "payload_too_large",
  "rate_limited",
  "unauthorized",
  "service_unavailable",
  "storage_full",
  "internal_error",
]);
type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorStatus: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  target_not_allowed: 400,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  unauthorized: 401,
  service_unavailable: 503,
  storage_full: 507,
  internal_error: 500,
};

/** The one error shape every API answer and NDJSON error line uses. */
interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** An error a route may show a user. Anything else that is thrown is not user-facing. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options?: { retryAfterSeconds?: number }) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * What a failure answers, as data: the status, the body in the one error shape, and the
 * seconds to wait when it is a rate limit. `body` is absent when the client went away
 * (499): nobody reads that answer. app/api turns this into a Response or an NDJSON line.
 */
export interface ErrorAnswer {
  status: number;
  body?: ErrorBody;
  retryAfterSeconds?: number;
}

/** A client that went away (Cancel in the wizard, a closed tab): not a fault of ours. */
function isClientGone(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === "AbortError" || error.name === "ResponseAborted")
  );
}

/**
 * Turns anything thrown into an answer. An unexpected error becomes a generic 500 and is
 * logged as a code and a random id only: never its message, stack, the request body or
 * headers, any of which may hold a key. `route` names the handler in that log line.
 */
export function toErrorBody(error: unknown, route: string): ErrorAnswer {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      body: error.toBody(),
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  // Our own deadlines never escape as aborts: an abort is always the client leaving.
  if (isClientGone(error)) return { status: 499 };
  const id = randomId();
  const name = error instanceof Error ? error.name : typeof error;
  console.error(
    JSON.stringify({ level: "error", event: "unhandled", route, errorId: id, errorName: name }),
  );
  const internal = new ApiError(
    "internal_error",
    `Something went wrong on our side (error id ${id}).`,
  );
  return { status: internal.status, body: internal.toBody() };
}
