import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createEcho } from "@/app/api/echo/route";
import { GET } from "@/app/api/shares/[id]/route";
import { resetConfigForTests } from "@/lib/config";
import { closeStore } from "../../support/store";

/** A database that is not up answers 503 with Retry-After, never a generic 500. */
const saved = { ...process.env };

beforeAll(async () => {
  await closeStore();
  // Nothing listens on port 1: every connection is refused.
  process.env.DATABASE_URL = "postgres://why401@127.0.0.1:1/nowhere";
  process.env.WHY401_RATE_LIMIT_PER_MINUTE = "0";
  resetConfigForTests();
});

afterAll(async () => {
  await closeStore();
  process.env = saved;
  resetConfigForTests();
});

describe("storage down", () => {
  it("reading a share answers 503 service_unavailable", async () => {
    const res = await GET(new Request("http://why401.test/api/shares/AAAAAAAAAAAAAAAAAAAAAA"), {
      params: Promise.resolve({ id: "AAAAAAAAAAAAAAAAAAAAAA" }),
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe("service_unavailable");
  });

  it("creating an echo capture URL answers 503 too", async () => {
    const res = await createEcho(new Request("http://why401.test/api/echo", { method: "POST" }));
    expect(res.status).toBe(503);
  });
});
