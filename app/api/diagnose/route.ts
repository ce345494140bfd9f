import { enforceRateLimits } from "@/lib/api/enforce-rate-limit";
import { handle, jsonResponse } from "@/lib/api/errors";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getRateLimitCounter } from "@/lib/api/rate-limit-instance";
import { readJson } from "@/lib/api/read-json";
import { getConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import { streamDiagnosis, wantsNdjson } from "@/lib/probe/ndjson";
import { diagnoseRateLimits } from "@/lib/probe/rate-limits";
import { diagnoseRequestSchema, MAX_REQUEST_BYTES } from "./schema";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/diagnose (product.md §9): parse → rate limit → diagnose → respond. */
export const POST = handle("diagnose", async (request: Request) => {
  const config = getConfig();
  const input = await readJson(request, diagnoseRequestSchema, MAX_REQUEST_BYTES);
  const limits = diagnoseRateLimits(request.headers, input.endpoint, config);
  await enforceRateLimits(getRateLimitCounter(), limits, Date.now());
  const options = { config, signal: request.signal };
  if (wantsNdjson(request)) return streamDiagnosis(input, options);
  return jsonResponse(await runDiagnosis(input, options));
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
