import { ApiError, toErrorBody } from "@/lib/api/errors";
import {
  CAPTURED_NOTE,
  listEchoCaptures,
  recordEchoRequest,
  relativePath,
} from "@/lib/echo/service";
import { errorResponse, handle, jsonResponse } from "../../../_http/respond";
import { corsHeaders } from "./cors";
import { type EchoParams, echoParamsSchema } from "./schema";

const ROUTE = "ALL /api/echo/[id]/[[...path]]";

/**
 * Any method to /api/echo/<id>/<any path> is recorded without its credential values and
 * answered with a small JSON body that SDK clients accept; GET /api/echo/<id>/captures
 * lists what was recorded.
 */
const answer = handle(ROUTE, async (request: Request, context: { params: Promise<EchoParams> }) => {
  const params = echoParamsSchema.safeParse(await context.params);
  // A bad id is answered like an unknown one (404) by lib/echo.
  const id = params.success ? params.data.id : "";
  const path = relativePath(request, id).split("?")[0];
  if (request.method === "GET" && (path === "/captures" || path === "/captures/")) {
    return jsonResponse(await listEchoCaptures(request, id));
  }
  const cors = corsHeaders(request);
  try {
    const capture = await recordEchoRequest(request, id);
    if (request.method === "HEAD") {
      return new Response(null, { status: 200, headers: { ...cors, "cache-control": "no-store" } });
    }
    return jsonResponse({ captured: true, id: capture.id, note: CAPTURED_NOTE }, { headers: cors });
  } catch (error) {
    // A browser app must be able to read the refusal too.
    if (error instanceof ApiError) return errorResponse(toErrorBody(error, ROUTE), cors);
    throw error;
  }
});

export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const HEAD = answer;
export const OPTIONS = answer;
