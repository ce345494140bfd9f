import { handle } from "@/lib/api/errors";
import { answerEchoRequest } from "@/lib/echo/service";
import { type EchoParams, echoParamsSchema } from "./schema";

/**
 * Any method to /api/echo/<id>/<any path> is recorded without its credential values;
 * GET /api/echo/<id>/captures lists what was recorded.
 */
const answer = handle(
  "echo.capture",
  async (request: Request, context: { params: Promise<EchoParams> }) => {
    const params = echoParamsSchema.safeParse(await context.params);
    // A bad id is answered like an unknown one (404) by lib/echo.
    return answerEchoRequest(request, params.success ? params.data.id : "");
  },
);

export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const HEAD = answer;
export const OPTIONS = answer;
