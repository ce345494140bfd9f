import { ApiError } from "@/lib/api/errors";

/** Any /api path without a route of its own answers in the one error shape. */
function notFound() {
  return new ApiError("not_found", "There is no API route at this path.").toResponse();
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
