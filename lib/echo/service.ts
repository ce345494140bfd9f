import "server-only";
import { ApiError } from "@/lib/api/errors";
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
export function relativePath(request: Request, id: string): string {
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
