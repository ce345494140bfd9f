import { enforceRateLimits } from "@/lib/api/enforce-rate-limit";
import { handle, jsonResponse } from "@/lib/api/errors";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getRateLimitCounter } from "@/lib/api/rate-limit-instance";
import { readJson } from "@/lib/api/read-json";
import { getConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import { streamDiagnosis, wantsNdjson } from "@/lib/probe/ndjson";
import { diagnoseClientLimits, diagnoseHostLimit } from "@/lib/probe/rate-limits";
import { diagnoseRequestSchema, MAX_REQUEST_BYTES } from "./schema";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/diagnose (product.md §9): parse → rate limit → diagnose → respond. */
export const POST = handle("diagnose", async (request: Request) => {
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
  if (wantsNdjson(request)) return streamDiagnosis(input, options);
  return jsonResponse(await runDiagnosis(input, options));
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
