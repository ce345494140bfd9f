import "server-only";
import { ApiError } from "@/lib/api/errors";

/**
 * Diagnoses in flight on this instance. Each one holds sockets, DNS queries and a
 * redactor; past the cap a request gets 503 with Retry-After instead of slowing every
 * diagnosis down. Per process on purpose: the cap protects this machine's resources.
 */
let inFlight = 0;

const BUSY_RETRY_AFTER_SECONDS = 5;

/** Takes a slot or throws a 503; call the returned function exactly once to give it back. */
export function acquireDiagnosisSlot(max: number): () => void {
  if (inFlight >= max) {
    throw new ApiError(
      "service_unavailable",
      "why401 is running as many diagnoses as it can right now. Try again in a few seconds.",
      { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
    );
  }
  inFlight++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    inFlight--;
  };
}
