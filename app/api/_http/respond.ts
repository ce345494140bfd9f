import { ApiError, type ErrorAnswer, toErrorBody } from "@/lib/api/errors";

/**
 * Where answers become HTTP: lib returns values and throws ApiError; the route files turn
 * them into Responses through these helpers, so every route answers with the same
 * headers and the one error shape (see docs/architecture.md, "The layers").
 */

const SAFE_HEADERS = {
  "cache-control": "no-store",
  "content-type": "application/json; charset=utf-8",
  "x-content-type-options": "nosniff",
} as const;

export function jsonResponse(
  body: unknown,
  init?: { status?: number; headers?: Record<string, string> },
): Response {
  return new Response(JSON.stringify(body), {
    status: init?.status ?? 200,
    headers: { ...SAFE_HEADERS, ...init?.headers },
  });
}

/** An error answer (see toErrorBody) as a Response; `headers` are added to it (CORS, Allow). */
export function errorResponse(answer: ErrorAnswer, headers?: Record<string, string>): Response {
  if (!answer.body) {
    return new Response(null, {
      status: answer.status,
      headers: { "cache-control": "no-store", ...headers },
    });
  }
  const retry: Record<string, string> = {};
  if (answer.retryAfterSeconds !== undefined)
    retry["retry-after"] = String(answer.retryAfterSeconds);
  return jsonResponse(answer.body, { status: answer.status, headers: { ...retry, ...headers } });
}

/** Anything thrown, as a Response in the one error shape (unexpected errors: a logged 500). */
export function toErrorResponse(error: unknown, route: string): Response {
  return errorResponse(toErrorBody(error, route));
}

/**
 * Wraps a route handler so every failure answers in the one error shape. `route` names the
 * handler in the error log, as "METHOD /api/path" with the path as the app folder spells it.
 */
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

/**
 * A handler for the methods a route does not serve, so they answer in the one error shape
 * (Next's own 405 has an empty body) and name the methods that work.
 */
export function methodNotAllowed(allow: string): () => Response {
  return () => {
    const error = new ApiError("method_not_allowed", `This API route accepts ${allow} only.`);
    return errorResponse({ status: error.status, body: error.toBody() }, { allow });
  };
}

/** Any /api path without a route of its own. */
export function notFoundResponse(): Response {
  const error = new ApiError("not_found", "There is no API route at this path.");
  return errorResponse({ status: error.status, body: error.toBody() });
}
