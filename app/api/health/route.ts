import { jsonResponse, methodNotAllowed } from "../_http/respond";

/** Liveness for load balancers and the test harness. Says nothing about configuration or storage contents. */
export function GET() {
  return jsonResponse({ ok: true });
}

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
