import { jsonResponse } from "@/lib/api/errors";

/** Liveness for load balancers and the test harness. Says nothing about configuration or storage contents. */
export function GET() {
  return jsonResponse({ ok: true });
}
