import { describe, expect, it } from "vitest";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { readAnswer } from "@/lib/diagnosis/rule-support/answer-reading";
import { isSuccess, normalizeBody, sameAnswer } from "@/lib/diagnosis/rule-support/probe-lookups";
import { getProvider } from "@/lib/providers";
import { ANSWERS } from "@/tests/fixtures/answers";
import { buildEvidence, type ProbeSpec } from "./build-evidence";
import { KEYS } from "./keys";

async function probeOf(spec: ProbeSpec): Promise<ProbeResult> {
  const ev = await buildEvidence({ key: KEYS.custom, probes: [spec] });
  return ev.probes[0]!;
}

describe("readAnswer agrees with the catalog on every recorded provider answer", () => {
  const rows = ANSWERS.filter((a) => a.expect.providerId && a.expect.meaning);
  it.each(rows.map((a) => [a.id, a] as const))("%s", async (_id, a) => {
    const p = await probeOf({
      variant: "as-sent",
      status: a.status,
      headers: a.headers,
      body: a.body,
    });
    const reading = readAnswer(getProvider(a.expect.providerId!), p);
    expect(reading?.meaning).toBe(a.expect.meaning);
    expect(reading?.success).toBe(false);
  });
});

describe("readAnswer without a catalog entry", () => {
  const rows: [string, ProbeSpec, string | undefined][] = [
    [
      "a bare Bearer challenge means nothing was seen",
      {
        variant: "as-sent",
        status: 401,
        headers: { "www-authenticate": 'Bearer realm="api"' },
        body: "",
      },
      "missing",
    ],
    [
      "error=invalid_token means the token was read and refused",
      {
        variant: "as-sent",
        status: 401,
        headers: { "www-authenticate": 'Bearer error="invalid_token"' },
        body: "",
      },
      "invalid",
    ],
    [
      "invalid_token with an 'expired' description",
      {
        variant: "as-sent",
        status: 401,
        headers: {
          "www-authenticate":
            'Bearer error="invalid_token", error_description="The access token expired"',
        },
        body: "",
      },
      "expired",
    ],
    [
      "insufficient_scope",
      {
        variant: "as-sent",
        status: 403,
        headers: { "www-authenticate": 'Bearer error="insufficient_scope", scope="repo"' },
        body: "",
      },
      "not_authorized",
    ],
    [
      "Unknown request URL",
      {
        variant: "as-sent",
        status: 404,
        headers: {},
        body: '{"error":"Unknown request URL: GET /v2/me"}',
      },
      "wrong_endpoint",
    ],
    [
      "429 without words",
      { variant: "as-sent", status: 429, headers: {}, body: "" },
      "rate_limited",
    ],
    ["a plain 401", { variant: "as-sent", status: 401, headers: {}, body: "" }, undefined],
    [
      "'API keys are not supported by this API': the wrong kind of credential",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: JSON.stringify({
          error: { code: 401, message: "API keys are not supported by this API." },
        }),
      },
      "wrong_type",
    ],
    [
      "a service that stopped taking account passwords: the wrong kind of credential",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: "We recently stopped supporting account passwords for API authentication.",
      },
      "wrong_type",
    ],
    [
      "a 401 that says only the master key may do this: a permission, not a bad key",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: JSON.stringify({
          error: {
            message:
              "Authentication Error, Only master key can be used to generate, delete, update info for new keys/users/teams.",
          },
        }),
      },
      "not_authorized",
    ],
    [
      "words that name another environment or region point at the endpoint",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: 'API key is missing or invalid for the environment "us-east4-gcp". Check that the correct environment is specified.',
      },
      "wrong_endpoint",
    ],
    [
      "'in the environment variable' names where the key is read, not another environment",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: JSON.stringify({
          error: "Invalid API key. Set the key in the environment variable ACME_API_KEY.",
        }),
      },
      "invalid",
    ],
    [
      "'Bad HTTP authentication header format' beside a bare challenge: the value was read and refused",
      {
        variant: "as-sent",
        status: 401,
        headers: { "www-authenticate": 'Bearer realm="api"' },
        body: JSON.stringify({
          statusCode: 401,
          error: "Unauthorized",
          message: "Bad HTTP authentication header format",
        }),
      },
      "invalid",
    ],
    [
      "a catch-all that lists expiry among other refusals names none of them",
      {
        variant: "as-sent",
        status: 403,
        headers: {},
        body: "The specified API key is invalid, has expired, or does not have permission to access the specified package.",
      },
      "invalid",
    ],
    [
      "an error code that says expired is specific even beside 'invalid or expired'",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: JSON.stringify({
          id: "api.context.session_expired.app_error",
          message: "Invalid or expired session, please login again.",
        }),
      },
      "expired",
    ],
    [
      "a 401 that names a missing permission: the words outrank the status",
      {
        variant: "as-sent",
        status: 401,
        headers: {},
        body: JSON.stringify({
          detail: {
            status: "missing_permissions",
            message: "The API key you used is missing the permission user_read.",
          },
        }),
      },
      "not_authorized",
    ],
    [
      "'Invalid permissions' on a 403 is about permissions, not the key",
      {
        variant: "as-sent",
        status: 403,
        headers: {},
        body: JSON.stringify({
          error: { type: "INVALID_PERMISSIONS", message: "Invalid permissions for this base" },
        }),
      },
      "not_authorized",
    ],
  ];
  it.each(rows)("%s", async (_n, spec, meaning) => {
    expect(readAnswer(undefined, await probeOf(spec))?.meaning).toBe(meaning);
  });
});

describe("probe helpers", () => {
  it("a 200 with ok:false is not success", async () => {
    const p = await probeOf({
      variant: "as-sent",
      status: 200,
      headers: {},
      body: '{"ok":false,"error":"invalid_auth"}',
    });
    expect(p.outcome.kind === "response" && isSuccess(p.outcome)).toBe(false);
  });

  it("sameAnswer ignores request ids and dates, not status or challenge errors", async () => {
    const a = await probeOf({
      variant: "as-sent",
      status: 401,
      headers: {},
      body: '{"error":"nope","request_id":"req_7f0c1a9e2b3d4c5e","at":"2026-11-27T12:00:01Z"}',
    });
    const b = await probeOf({
      variant: "no-credential",
      status: 401,
      headers: {},
      body: '{"error":"nope","request_id":"req_0a9b8c7d6e5f4a3b","at":"2026-11-27T12:00:02Z"}',
    });
    const c = await probeOf({
      variant: "no-credential",
      status: 403,
      headers: {},
      body: '{"error":"nope"}',
    });
    const d = await probeOf({
      variant: "no-credential",
      status: 401,
      headers: { "www-authenticate": 'Bearer error="invalid_token"' },
      body: '{"error":"nope","request_id":"req_0a9b8c7d6e5f4a3b","at":"2026-11-27T12:00:02Z"}',
    });
    const res = (p: ProbeResult) => (p.outcome.kind === "response" ? p.outcome : undefined);
    expect(sameAnswer(res(a), res(b))).toBe(true);
    expect(sameAnswer(res(a), res(c))).toBe(false);
    expect(sameAnswer(res(a), res(d))).toBe(false);
    expect(normalizeBody("Req 123456 at 2026-11-27T12:00:00Z")).toBe("req <n> at <date>");
  });
});
