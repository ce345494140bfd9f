import { describe, expect, it } from "vitest";
import { analyzeRequest, type RawEchoRequest } from "@/lib/echo/analyze";
import { fingerprintKey } from "@/lib/inspect";
import { canaryKey, leakedFragments } from "./canary";

const KEY = canaryKey();
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const json = (data: unknown) => {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  return { contentType: "application/json", size: bytes.byteLength, truncated: false, bytes };
};
const form = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return {
    contentType: "application/x-www-form-urlencoded",
    size: bytes.byteLength,
    truncated: false,
    bytes,
  };
};

function req(partial: Partial<RawEchoRequest> & { headers?: [string, string][] }): RawEchoRequest {
  return {
    method: "POST",
    pathAndQuery: "/v1/chat/completions",
    headers: [],
    body: null,
    ...partial,
  };
}

interface Row {
  name: string;
  request: RawEchoRequest;
  expect: {
    name: string;
    location: "header" | "query" | "body";
    scheme: string;
    /** What the credential is, as it would be the pasted key. */
    sent: string;
    /** What it cleans to, when it differs. */
    cleaned?: string;
    findings?: string[];
    basicPart?: "user" | "password";
  };
  path?: string;
}

const rows: Row[] = [
  {
    name: "Authorization: Bearer",
    request: req({ headers: [["authorization", `Bearer ${KEY}`]] }),
    expect: {
      name: "authorization",
      location: "header",
      scheme: "Bearer",
      sent: KEY,
      findings: [],
    },
  },
  {
    name: "raw Authorization",
    request: req({ headers: [["authorization", KEY]] }),
    expect: { name: "authorization", location: "header", scheme: "none", sent: KEY, findings: [] },
  },
  {
    name: "X-API-Key",
    request: req({ headers: [["X-API-Key", KEY]] }),
    expect: { name: "x-api-key", location: "header", scheme: "none", sent: KEY, findings: [] },
  },
  {
    name: "query ?api_key=",
    request: req({ method: "GET", pathAndQuery: `/v1/models?api_key=${KEY}&limit=5` }),
    expect: { name: "api_key", location: "query", scheme: "none", sent: KEY, findings: [] },
    path: "/v1/models?api_key=<redacted>&limit=<redacted>",
  },
  {
    name: "JSON body field",
    request: req({ body: json({ model: "gpt-4o", api_key: KEY, max_tokens: 5 }) }),
    expect: { name: "api_key", location: "body", scheme: "none", sent: KEY, findings: [] },
  },
  {
    name: "JSON body field one level down",
    request: req({ body: json({ model: "gpt-4o", auth: { token: KEY } }) }),
    expect: { name: "auth.token", location: "body", scheme: "none", sent: KEY, findings: [] },
  },
  {
    name: "form body token=",
    request: req({ body: form(`channel=C1&token=${encodeURIComponent(KEY)}`) }),
    expect: { name: "token", location: "body", scheme: "none", sent: KEY, findings: [] },
  },
  {
    name: "Basic user:password takes the password",
    request: req({ headers: [["authorization", `Basic ${b64(`api:${KEY}`)}`]] }),
    expect: {
      name: "authorization",
      location: "header",
      scheme: "Basic",
      sent: KEY,
      basicPart: "password",
    },
  },
  {
    name: "Basic key: (no password) takes the user",
    request: req({ headers: [["authorization", `Basic ${b64(`${KEY}:`)}`]] }),
    expect: {
      name: "authorization",
      location: "header",
      scheme: "Basic",
      sent: KEY,
      basicPart: "user",
    },
  },
  {
    name: "doubled Bearer",
    request: req({ headers: [["authorization", `Bearer Bearer ${KEY}`]] }),
    expect: {
      name: "authorization",
      location: "header",
      scheme: "Bearer",
      sent: `Bearer ${KEY}`,
      cleaned: KEY,
      findings: ["scheme_prefix"],
    },
  },
  {
    name: "trailing newline",
    request: req({ headers: [["x-api-key", `${KEY}\n`]] }),
    expect: {
      name: "x-api-key",
      location: "header",
      scheme: "none",
      sent: `${KEY}\n`,
      cleaned: KEY,
      findings: ["line_break"],
    },
  },
  {
    name: "URL-encoded newline in the query",
    request: req({ method: "GET", pathAndQuery: `/v1/models?key=${KEY}%0A` }),
    expect: {
      name: "key",
      location: "query",
      scheme: "none",
      sent: `${KEY}\n`,
      cleaned: KEY,
      findings: ["line_break"],
    },
  },
  {
    name: "quotes",
    request: req({ headers: [["authorization", `Bearer "${KEY}"`]] }),
    expect: {
      name: "authorization",
      location: "header",
      scheme: "Bearer",
      sent: `"${KEY}"`,
      cleaned: KEY,
      findings: ["surrounding_quotes"],
    },
  },
  {
    name: "an unknown header whose value looks like a key",
    request: req({ headers: [["x-custom-thing", KEY]] }),
    expect: { name: "x-custom-thing", location: "header", scheme: "none", sent: KEY },
  },
  {
    name: "a bare query parameter that is the key",
    request: req({ method: "GET", pathAndQuery: `/v1/models?${KEY}` }),
    expect: { name: "<redacted>", location: "query", scheme: "none", sent: KEY },
    path: "/v1/models?<redacted>",
  },
];

describe("analyzeRequest: credentials are kept as name, place, scheme, fingerprint, length, findings", () => {
  it.each(rows)("$name", async (row) => {
    const capture = await analyzeRequest(row.request, { id: "c1", receivedAt: 1 });
    expect(capture.credentials).toHaveLength(1);
    const credential = capture.credentials[0]!;
    expect(credential.name).toBe(row.expect.name);
    expect(credential.location).toBe(row.expect.location);
    expect(credential.scheme).toBe(row.expect.scheme);
    expect(credential.fingerprint).toBe(await fingerprintKey(row.expect.sent));
    expect(credential.length).toBe(row.expect.sent.length);
    if (row.expect.cleaned !== undefined) {
      expect(credential.cleanedFingerprint).toBe(await fingerprintKey(row.expect.cleaned));
    } else {
      expect(credential.cleanedFingerprint).toBeUndefined();
    }
    if (row.expect.findings) {
      for (const kind of row.expect.findings) expect(credential.findingKinds).toContain(kind);
      if (row.expect.findings.length === 0) expect(credential.findingKinds).toEqual([]);
    }
    if (row.expect.basicPart) expect(credential.basicPart).toBe(row.expect.basicPart);
    if (row.path) expect(capture.path).toBe(row.path);

    const stored = JSON.stringify(capture);
    expect(leakedFragments(stored, KEY)).toEqual([]);
    expect(stored).not.toContain(b64(KEY).slice(0, 12));
  });
});

describe("analyzeRequest: what is not a credential", () => {
  it("ignores request ids, idempotency keys, author and max_tokens fields", async () => {
    const capture = await analyzeRequest(
      req({
        headers: [
          ["x-request-id", "0f8fad5b-d9cb-469f-a165-70867728950e"],
          ["idempotency-key", "stainless-node-retry-0f8fad5b-d9cb-469f-a165-70867728950e"],
          ["user-agent", "OpenAI/JS 4.0.0"],
          ["content-type", "application/json"],
          ["x-stainless-arch", "x64"],
        ],
        body: json({ model: "gpt-4o", author: "Jane Doe", max_tokens: 10, messages: [] }),
      }),
      { id: "c2", receivedAt: 1 },
    );
    expect(capture.credentials).toEqual([]);
    expect(capture.headerNames).toEqual([
      "x-request-id",
      "idempotency-key",
      "user-agent",
      "content-type",
      "x-stainless-arch",
    ]);
    expect(capture.body).toEqual({
      size: expect.any(Number),
      contentType: "application/json",
      truncated: false,
    });
  });

  it.each([
    "gpt-4o-mini-2024-07-18",
    "claude-3-5-sonnet-20241022",
    "meta-llama-3.1-70b-instruct-turbo",
    "text-embedding-3-large",
    "2024-02-01-preview-version",
    "Mozilla/5.0 (X11; Linux x86_64)",
  ])("a model name, date or agent is not a key: %s", async (value) => {
    const capture = await analyzeRequest(
      req({
        pathAndQuery: `/openai/deployments/${value}/chat/completions?api-version=${value}`,
        headers: [["x-model", value]],
        body: json({ model: value, nested: { engine: value } }),
      }),
      { id: "m", receivedAt: 1 },
    );
    expect(capture.credentials).toEqual([]);
    expect(capture.path.startsWith(`/openai/deployments/${value}/`)).toBe(true);
  });

  it.each([
    ["a 32-hex Datadog-style key", "3f9a1c0e7b2d4a6f8e0c1b3d5f7a9e2c"],
    ["a long random token", "Zx81kQp3TmVbN4cW9yLr2HsJ"],
    ["a JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl"],
  ])("a value-only credential in an unknown header: %s", async (_name, value) => {
    const capture = await analyzeRequest(req({ headers: [["x-thing", value]] }), {
      id: "v",
      receivedAt: 1,
    });
    expect(capture.credentials.map((c) => c.reason)).toEqual(["value"]);
  });

  it("records a request without any credential with an empty list", async () => {
    const capture = await analyzeRequest(req({ method: "get", headers: [["accept", "*/*"]] }), {
      id: "c3",
      receivedAt: 5,
    });
    expect(capture).toMatchObject({
      id: "c3",
      receivedAt: 5,
      method: "GET",
      path: "/v1/chat/completions",
      credentials: [],
      body: null,
      preflight: false,
    });
  });

  it("marks a CORS preflight", async () => {
    const capture = await analyzeRequest(
      req({
        method: "OPTIONS",
        headers: [
          ["access-control-request-method", "POST"],
          ["access-control-request-headers", "authorization"],
        ],
      }),
      { id: "c4", receivedAt: 1 },
    );
    expect(capture.preflight).toBe(true);
    expect(capture.credentials).toEqual([]);
  });

  it("redacts a key-like path segment and keeps empty values visible", async () => {
    const capture = await analyzeRequest(
      req({ method: "GET", pathAndQuery: `/bot${KEY}/getMe?key=&x=1` }),
      { id: "c5", receivedAt: 1 },
    );
    expect(capture.path).toBe("/<redacted>/getMe?key=&x=<redacted>");
    expect(leakedFragments(JSON.stringify(capture), KEY)).toEqual([]);
  });

  it("finds a placeholder sent as the key", async () => {
    const capture = await analyzeRequest(
      req({ headers: [["authorization", "Bearer undefined"]] }),
      {
        id: "c6",
        receivedAt: 1,
      },
    );
    expect(capture.credentials[0]?.findingKinds).toContain("placeholder");
    const empty = await analyzeRequest(req({ headers: [["authorization", "Bearer "]] }), {
      id: "c7",
      receivedAt: 1,
    });
    expect(empty.credentials[0]).toMatchObject({ scheme: "Bearer", length: 0 });
    expect(empty.credentials[0]?.findingKinds).toContain("empty");
  });
});

describe("headers our own server adds", () => {
  it("leaves out the start server's client stamp (it is not something the user's app sent)", async () => {
    const capture = await analyzeRequest(
      req({
        headers: [
          ["x-why401-client", "secret 127.0.0.1"],
          ["authorization", `Bearer ${KEY}`],
        ],
      }),
      { id: "c1", receivedAt: 0 },
    );
    expect(capture.headerNames).not.toContain("x-why401-client");
    expect(capture.headerNames).toContain("authorization");
  });
});
