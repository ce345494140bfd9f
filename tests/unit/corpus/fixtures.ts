import { type Case, caseSchema } from "@/tests/corpus/schema";

/** A small, valid case for the scorer's own tests; each test overrides what it is about. */
export const GOOD = "ex-good-0123456789abcdefABCDEF";

export function fixtureCase(overrides: Record<string, unknown> = {}): Case {
  const base = {
    id: "fixture-bearer-api",
    source: "https://github.com/example/api/issues/1",
    service: "example-api",
    serviceName: "Example API",
    gateway: null,
    catalogProvider: null,
    summary: "A fixture: a Bearer API that answers a missing and a wrong key alike.",
    rootCause: "key_rejected",
    accept: ["key_rejected"],
    request: {
      url: "https://api.example.com/v1/things?page=2",
      method: "GET",
      headers: {},
      body: null,
      key: "ex-bad-0123456789abcdefABCDEF",
      auth: { placement: "bearer" },
    },
    server: {
      reads: [{ in: "header", name: "authorization", scheme: "Bearer" }],
      goodKey: GOOD,
      answers: {
        noKey: { status: 401, headers: {}, body: '{"error":"missing"}', inferred: true },
        wrongKey: { status: 401, headers: {}, body: '{"error":"invalid"}', inferred: true },
      },
      unreachable: null,
    },
    environment: null,
    ...overrides,
  };
  return caseSchema.parse(base);
}
