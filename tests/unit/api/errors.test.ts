import { afterEach, describe, expect, it, vi } from "vitest";
import { errorResponse, toErrorResponse } from "@/app/api/_http/respond";
import { ApiError, errorStatus, toErrorBody } from "@/lib/api/errors";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the one error shape", () => {
  it.each(Object.entries(errorStatus))("%s answers %i in the shape", async (code, status) => {
    const res = errorResponse(
      toErrorBody(new ApiError(code as keyof typeof errorStatus, "message"), "test"),
    );
    expect(res.status).toBe(status);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: { code, message: "message" } });
  });

  it("an unexpected error is a generic 500, logged as a code and an id only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = toErrorResponse(new TypeError("boom sk-secret-in-message"), "diagnose");
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe("internal_error");
    expect(JSON.stringify(body)).not.toContain("boom");
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).toContain('"errorName":"TypeError"');
    expect(line).not.toContain("sk-secret");
    expect(line).toContain(body.error.message.match(/error id (\w+)/)[1]);
  });

  it.each(["AbortError", "ResponseAborted"])(
    "a client that went away (%s) is not logged as our error",
    (name) => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const error = new Error("aborted");
      error.name = name;
      expect(toErrorResponse(error, "diagnose").status).toBe(499);
      expect(log).not.toHaveBeenCalled();
    },
  );
});
