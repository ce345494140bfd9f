const ALL_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

/**
 * Browser apps may be pointed at a capture URL too: let them through CORS. The answer
 * carries no data worth protecting, and Authorization must be named explicitly (the
 * wildcard does not cover it), so the requested header names are echoed back.
 */
export function corsHeaders(request: Request): Record<string, string> {
  const requested = request.headers.get("access-control-request-headers") ?? "";
  const names = requested
    .split(",")
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/.test(s))
    .slice(0, 50);
  return {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": ALL_METHODS,
    ...(names.length > 0 ? { "access-control-allow-headers": names.join(", ") } : {}),
    "access-control-max-age": "0",
  };
}
