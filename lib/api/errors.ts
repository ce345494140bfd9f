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
export type ErrorCode = z.infer<typeof errorCodeSchema>;

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

const SAFE_HEADERS = {
  "cache-control": "no-store",
  "content-type": "application/json; charset=utf-8",
  "x-content-type-options": "nosniff",
} as const;

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

  toResponse(): Response {
    const headers: Record<string, string> = { ...SAFE_HEADERS };
    if (this.retryAfterSeconds !== undefined)
      headers["retry-after"] = String(this.retryAfterSeconds);
    return new Response(JSON.stringify({ error: { code: this.code, message: this.message } }), {
      status: this.status,
      headers,
    });
  }
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Turns anything thrown into a response. An unexpected error becomes a generic 500 and
 * is logged as a code and a random id only: never its message, stack, the request body
 * or headers, any of which may hold a key.
 */
export function toErrorResponse(error: unknown, route: string): Response {
  if (error instanceof ApiError) return error.toResponse();
  // The client went away (Cancel in the wizard, a closed tab): nobody reads this answer,
  // and it is not a fault of ours. Our own deadlines never escape as aborts.
  if (error instanceof Error && (error.name === "AbortError" || error.name === "ResponseAborted")) {
    return new Response(null, { status: 499, headers: { "cache-control": "no-store" } });
  }
  const id = randomId();
  const name = error instanceof Error ? error.name : typeof error;
  console.error(
    JSON.stringify({ level: "error", event: "unhandled", route, errorId: id, errorName: name }),
  );
  return new ApiError(
    "internal_error",
    `Something went wrong on our side (error id ${id}).`,
  ).toResponse();
}

/** Wraps a route handler so every failure answers in the one error shape. */
export function handle<Args extends unknown[]>(
  route: string,
  fn: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await fn(...args);
    } catch (error) {
      return toErrorResponse(error, route);
    }
  };
}

export function jsonResponse(
  body: unknown,
  init?: { status?: number; headers?: Record<string, string> },
) {
  return new Response(JSON.stringify(body), {
    status: init?.status ?? 200,
    headers: { ...SAFE_HEADERS, ...init?.headers },
  });
}
