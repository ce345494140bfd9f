import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/[...path]/route";
import * as diagnose from "@/app/api/diagnose/route";
import * as echo from "@/app/api/echo/route";
import * as health from "@/app/api/health/route";
import * as share from "@/app/api/shares/[id]/route";
import * as shares from "@/app/api/shares/route";

/** Every route answers a method it does not serve with a 405 in the one error shape. */

type Handler = (request: Request, context: unknown) => Response | Promise<Response>;

const CASES: [string, Record<string, unknown>, string[], string][] = [
  ["/api/diagnose", diagnose, ["GET", "PUT", "PATCH", "DELETE"], "POST"],
  ["/api/echo", echo, ["GET", "PUT", "PATCH", "DELETE"], "POST"],
  ["/api/shares", shares, ["GET", "PUT", "PATCH", "DELETE"], "POST"],
  ["/api/shares/x", share, ["POST", "PUT", "PATCH"], "GET, DELETE"],
  ["/api/health", health, ["POST", "PUT", "PATCH", "DELETE"], "GET"],
];

describe("odd methods", () => {
  it.each(CASES)("%s", async (path, route, methods, allow) => {
    for (const method of methods) {
      const handler = route[method] as Handler | undefined;
      expect(handler, `${method} ${path}`).toBeTypeOf("function");
      const response = await handler!(
        new Request(`http://why401.test${path}`, {
          method,
          headers: { "content-type": "application/x-ndjson", accept: "application/x-ndjson" },
          body: method === "GET" ? undefined : "\xff\xfe not json",
        }),
        { params: Promise.resolve({ id: "x" }) },
      );
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe(allow);
      expect(await response.json()).toEqual({
        error: { code: "method_not_allowed", message: expect.any(String) },
      });
    }
  });

  it("an unknown /api path is a 404 in the error shape for every method", async () => {
    const { GET, POST, PUT, PATCH, DELETE } = catchAll;
    for (const handler of [GET, POST, PUT, PATCH, DELETE]) {
      const response = handler();
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
