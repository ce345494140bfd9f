import { describe, expect, it } from "vitest";
import { POST as createShare } from "@/app/api/shares/route";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";

/** The JSON body gate every POST route shares (lib/api/read-json.ts). */

const SECRET = "sk-proj-NameNotValue0123456789abcdefXYZ";

describe("readJson through the routes", () => {
  setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0", WHY401_ALLOW_PRIVATE_TARGETS: "0" });

  it("a body without a content type is refused (a typeless Blob is a CORS-simple request)", async () => {
    const { POST } = await import("@/app/api/diagnose/route");
    // What a cross-site page can send without a preflight: fetch(url, { body: new Blob([json]) }).
    const body = new Blob([JSON.stringify({ key: SECRET, endpoint: "http://10.0.0.1/admin" })]);
    const request = new Request("http://why401.test/api/diagnose", { method: "POST", body });
    expect(request.headers.get("content-type")).toBeNull();
    const response = await POST(request);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: { code: "unsupported_media_type", message: expect.any(String) },
    });
    const share = await createShare(
      new Request("http://why401.test/api/shares", { method: "POST", body: new Blob(["{}"]) }),
    );
    expect(share.status).toBe(415);
  });

  it.each([
    ["application/json", 200],
    ["application/json; charset=utf-8", 200],
    ["application/merge-patch+json", 200],
    ["application/jsonp", 415],
    ["text/plain", 415],
    ["application/x-www-form-urlencoded", 415],
  ])("content type %s → %i", async (type, status) => {
    expect((await callDiagnose({ key: "x" }, { "content-type": type })).status).toBe(status);
  });

  it("a key pasted as a field or header name is never quoted back", async () => {
    const bodies = [
      { key: "x", [SECRET]: 1 },
      { key: "x", headers: { [SECRET]: "a\nb" } },
      { key: "x", headers: { [`${SECRET}(`]: "v" } },
      {
        key: "x",
        environment: { echo: [{ headerNames: [], method: "GET", path: "/", [SECRET]: 1 }] },
      },
    ];
    for (const body of bodies) {
      const { status, text, json } = await callDiagnose(body);
      expect(status).toBe(400);
      expect(json.error.code).toBe("validation_failed");
      expect(text).not.toContain("0123456789");
      expect(text).not.toContain("NameNot");
    }
  });

  it("still names our own fields and ordinary header names", async () => {
    expect((await callDiagnose({ key: "x", tryVariant: true })).json.error.message).toBe(
      'body: unknown field "tryVariant"',
    );
    expect((await callDiagnose({ key: "x", headers: { Host: "h" } })).json.error.message).toBe(
      "headers.Host: this header cannot be set here",
    );
  });
});

describe("the wizard's key limit", () => {
  it("is the diagnose schema's limit", async () => {
    const { MAX_KEY_CHARS } = await import("@/components/wizard/limits");
    const { diagnoseRequestSchema } = await import("@/app/api/diagnose/schema");
    expect(diagnoseRequestSchema.safeParse({ key: "k".repeat(MAX_KEY_CHARS) }).success).toBe(true);
    expect(diagnoseRequestSchema.safeParse({ key: "k".repeat(MAX_KEY_CHARS + 1) }).success).toBe(
      false,
    );
  });
});
