import { getConfig } from "@/lib/config";
import { limitShareRead } from "@/lib/share/rate-limit";
import { bearerToken, deleteShare, readShare } from "@/lib/share/service";
import { handle, jsonResponse, methodNotAllowed } from "../../_http/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const NOINDEX = { "x-robots-tag": "noindex, nofollow" };

export const GET = handle("GET /api/shares/[id]", async (request: Request, context: Context) => {
  const now = Date.now();
  await limitShareRead(request, getConfig(), now);
  const { id } = await context.params;
  return jsonResponse(await readShare(id, now), { headers: NOINDEX });
});

export const DELETE = handle(
  "DELETE /api/shares/[id]",
  async (request: Request, context: Context) => {
    const token = bearerToken(request.headers.get("authorization"));
    const { id } = await context.params;
    await deleteShare(id, token, Date.now());
    return new Response(null, {
      status: 204,
      headers: { "cache-control": "no-store", ...NOINDEX },
    });
  },
);

const notAllowed = methodNotAllowed("GET, DELETE");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
