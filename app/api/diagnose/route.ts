import { enforceRateLimits } from "@/lib/api/enforce-rate-limit";
import { getRateLimitCounter } from "@/lib/api/rate-limit-instance";
import { readJson } from "@/lib/api/read-json";
import { getConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import { diagnoseClientLimits, diagnoseHostLimit } from "@/lib/probe/rate-limits";
import { streamDiagnosis } from "@/lib/probe/stream";
import { handle, jsonResponse, methodNotAllowed } from "../_http/respond";
import { ndjsonResponse, wantsNdjson } from "./ndjson";
import { diagnoseRequestSchema, MAX_REQUEST_BYTES } from "./schema";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const ROUTE = "POST /api/diagnose";

/** POST /api/diagnose: parse → rate limit → diagnose → respond (JSON, or NDJSON when asked). */
export const POST = handle(ROUTE, async (request: Request) => {
  const config = getConfig();
  const input = await readJson(request, diagnoseRequestSchema, MAX_REQUEST_BYTES);
  await enforceRateLimits(
    getRateLimitCounter(),
    diagnoseClientLimits(request.headers, config),
    Date.now(),
  );
  const options = {
    config,
    signal: request.signal,
    // The target host's limit counts only targets the guard accepted.
    onTargetAccepted: (url: URL) =>
      enforceRateLimits(
        getRateLimitCounter(),
        [diagnoseHostLimit(url.hostname, config)],
        Date.now(),
      ),
  };
  if (wantsNdjson(request)) return ndjsonResponse(await streamDiagnosis(input, options), ROUTE);
  return jsonResponse(await runDiagnosis(input, options));
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
