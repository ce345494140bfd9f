import { ApiError } from "./errors";

/**
 * A handler for the methods a route does not serve, so they answer in the one error shape
 * (Next's own 405 has an empty body) and name the methods that work.
 */
export function methodNotAllowed(allow: string): () => Response {
  return () => {
    const response = new ApiError(
      "method_not_allowed",
      `This API route accepts ${allow} only.`,
    ).toResponse();
    response.headers.set("allow", allow);
    return response;
  };
}
