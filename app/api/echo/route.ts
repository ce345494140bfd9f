import { createEchoSession } from "@/lib/echo/service";
import { handle, jsonResponse, methodNotAllowed } from "../_http/respond";

/** Creates a capture URL, valid for 15 minutes: `201 { id, url, expiresAt }`. */
export const POST = handle("POST /api/echo", async (request: Request) =>
  jsonResponse(await createEchoSession(request), { status: 201 }),
);

export const dynamic = "force-dynamic";

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
