import { handle, jsonResponse } from "@/lib/api/errors";
import { createEchoSession } from "@/lib/echo/service";

/** Creates a capture URL, valid for 15 minutes: `201 { id, url, expiresAt }`. */
export const POST = handle("echo.create", async (request: Request) =>
  jsonResponse(await createEchoSession(request), { status: 201 }),
);
