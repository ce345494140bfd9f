import "server-only";
import { ApiError, jsonResponse } from "@/lib/api/errors";
import { readBodyCapped } from "@/lib/api/read-body";
import { getConfig } from "@/lib/config";
import { requireStore } from "@/lib/store/require-store";
import { analyzeRequest } from "./analyze";
import {
  type EchoCapture,
  type EchoCaptureList,
  type EchoSessionCreated,
  echoCaptureSchema,
} from "./capture-schema";
import { isEchoId, newCaptureId, newEchoId } from "./ids";
import { ECHO_TTL_MS, MAX_BODY_BYTES, MAX_CAPTURES_PER_SESSION } from "./limits";
import { limitEcho } from "./rate-limit";
import { publicOrigin } from "./request-meta";

/**
 * The echo check's server side. Every request to a capture URL is reduced to a
 * key-free capture (lib/echo/analyze) before anything is stored; the request's header
 * values, query values and body are dropped when the handler returns, and never logged.
 */

export const CAPTURED_NOTE =
  "why401 echo check: this request was recorded without its credential values";

function notFound(): ApiError {
  return new ApiError(
    "not_found",
    "This capture URL does not exist or has expired (they last 15 minutes). Create a new one.",
  );
}

export async function createEchoSession(request: Request): Promise<EchoSessionCreated> {
  const config = getConfig();
  const now = Date.now();
  await limitEcho("create", request, config, now);
  const id = newEchoId();
  const expiresAt = now + ECHO_TTL_MS;
  await (await requireStore()).createEchoSession({ id, createdAt: now, expiresAt });
  return {
    id,
    url: `${publicOrigin(request, config.WHY401_TRUST_PROXY, config.WHY401_PUBLIC_URL)}/api/echo/${id}/`,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

export async function listEchoCaptures(request: Request, id: string): Promise<EchoCaptureList> {
  if (!isEchoId(id)) throw notFound();
  const now = Date.now();
  await limitEcho("list", request, getConfig(), now, id);
  const store = await requireStore();
  const session = await store.getEchoSession(id, now);
  if (!session) throw notFound();
  const rows = await store.listEchoCaptures(id, now);
  const captures = rows.flatMap((row) => {
    const parsed = echoCaptureSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  return { captures, expiresAt: new Date(session.expiresAt).toISOString() };
}

/** The path after /api/echo/<id>, with its query, as received. */
function relativePath(request: Request, id: string): string {
  const url = new URL(request.url);
  const prefix = `/api/echo/${id}`;
  const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
  return `${path || "/"}${url.search}`;
}

export async function recordEchoRequest(request: Request, id: string): Promise<EchoCapture> {
  if (!isEchoId(id)) throw notFound();
  const now = Date.now();
  await limitEcho("capture", request, getConfig(), now);
  const store = await requireStore();
  if (!(await store.getEchoSession(id, now))) throw notFound();

  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  const capture = await analyzeRequest(
    {
      method: request.method,
      pathAndQuery: relativePath(request, id),
      headers: request.headers.entries(),
      body: body && {
        contentType: request.headers.get("content-type") ?? undefined,
        size: body.size,
        truncated: body.truncated,
        bytes: body.truncated ? undefined : body.bytes,
      },
    },
    { id: newCaptureId(), receivedAt: now },
  );
  const result = await store.addEchoCapture(id, capture, now, MAX_CAPTURES_PER_SESSION);
  if (result === "not_found") throw notFound();
  if (result === "full") {
    throw new ApiError(
      "rate_limited",
      `This capture URL already holds ${MAX_CAPTURES_PER_SESSION} requests. Create a new one.`,
    );
  }
  if (body?.truncated) {
    throw new ApiError(
      "payload_too_large",
      `The body is larger than ${MAX_BODY_BYTES} bytes. The request was recorded without reading its body.`,
    );
  }
  return capture;
}

const ALL_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

/**
 * Browser apps may be pointed at a capture URL too: let them through CORS. The answer
 * carries no data worth protecting, and Authorization must be named explicitly (the
 * wildcard does not cover it), so the requested header names are echoed back.
 */
function corsHeaders(request: Request): Record<string, string> {
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

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * One request to /api/echo/<id>/…: `GET …/captures` lists the captures; anything else is
 * recorded and answered with a small JSON body that SDK clients accept.
 */
export async function answerEchoRequest(request: Request, id: string): Promise<Response> {
  const path = relativePath(request, id).split("?")[0];
  if (request.method === "GET" && (path === "/captures" || path === "/captures/")) {
    return jsonResponse(await listEchoCaptures(request, id));
  }
  const cors = corsHeaders(request);
  try {
    const capture = await recordEchoRequest(request, id);
    if (request.method === "HEAD") {
      return new Response(null, {
        status: 200,
        headers: { ...cors, "cache-control": "no-store" },
      });
    }
    return jsonResponse({ captured: true, id: capture.id, note: CAPTURED_NOTE }, { headers: cors });
  } catch (error) {
    if (error instanceof ApiError) return withHeaders(error.toResponse(), cors);
    throw error;
  }
}
