import { notFoundResponse } from "../_http/respond";

/** Any /api path without a route of its own answers in the one error shape. */
export const GET = notFoundResponse;
export const POST = notFoundResponse;
export const PUT = notFoundResponse;
export const PATCH = notFoundResponse;
export const DELETE = notFoundResponse;
