import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/diagnosis";
import type { ProbeResponse } from "@/lib/diagnosis/evidence";
import { isSuccess } from "@/lib/diagnosis/rule-support/probe-lookups";
import { THREAD_CASES } from "@/tests/fixtures/threads";
import { buildEvidence, recorded } from "./build-evidence";
import { CASES } from "./cases";
import { inline } from "./inline-answers";
import { KEYS } from "./keys";

const CREATED = "2026-11-27T12:00:00.000Z";
const GITHUB_JSON = { "content-type": "application/json; charset=utf-8", server: "github.com" };
const BAD_CREDENTIALS = JSON.stringify({ message: "Bad credentials" });

function answer(status: number, body: unknown): ProbeResponse {
  const text = JSON.stringify(body);
  return {
    kind: "response",
    status,
    headers: {},
    challenges: [],
    proxyChallenges: [],
    bodyExcerpt: text,
    bodyJson: body,
    bodyTruncated: false,
    timeMs: 1,
    layer: { layer: "api", confidence: 0.2, signals: [], signs: [], isGateway: false },
  };
}

describe("a success is judged by its body", () => {
  it.each([
    ["Slack ok:false", { ok: false, error: "invalid_auth" }, false],
    ["success:false", { success: false, message: "Invalid API key" }, false],
    ["GraphQL errors without data", { errors: [{ message: "Not authenticated" }] }, false],
    [
      "GraphQL errors with every field null",
      { data: { me: null }, errors: [{ message: "You must be authenticated" }] },
      false,
    ],
    ["an error object in a 200", { error: "Invalid API key" }, false],
    [
      "GraphQL data with an unrelated error",
      { data: { me: { id: 1 } }, errors: [{ message: "Field deprecated" }] },
      true,
    ],
    [
      "GraphQL data and a partial auth error",
      {
        data: { me: { id: 1 }, billing: null },
        errors: [{ message: "Not authorized to see billing" }],
      },
      true,
    ],
    ["plain data", { models: [] }, true],
    [
      "success:false about the order, not the key: the key was accepted",
      { success: false, message: "Order 42 is already shipped" },
      true,
    ],
    ["success:false saying unauthorized", { success: false, message: "Unauthorized" }, false],
  ])("%s", (_n, body, success) => {
    expect(isSuccess(answer(200, body))).toBe(success);
  });
});

describe("confirmed and ruled out", () => {
  it("an open endpoint's 200 to another placement proves nothing; the key's own refusal comes first", async () => {
    const repo = JSON.stringify({ full_name: "octo/hello", private: false });
    const ev = await buildEvidence({
      key: KEYS.github,
      provider: "github",
      url: "https://api.github.com/repos/octo/hello",
      probes: [
        { variant: "as-sent", status: 401, headers: GITHUB_JSON, body: BAD_CREDENTIALS },
        { variant: "no-credential", status: 200, headers: GITHUB_JSON, body: repo },
        { variant: "x-api-key", status: 200, headers: GITHUB_JSON, body: repo },
        { variant: "query", status: 200, headers: GITHUB_JSON, body: repo },
      ],
    });
    const r = buildReport(ev, CREATED);
    expect(r.causes[0]?.id).toBe("key_rejected");
    expect(r.causes[0]?.evidence.join(" ")).toContain(
      "The endpoint answers without a key; with this key it refuses",
    );
    expect(r.causes.some((c) => c.confirmed)).toBe(false);
    expect(r.causes.map((c) => c.id)).not.toContain("wrong_auth_header");
  });

  it("a keyed refusal on an open endpoint rules out the placement the catalog doubts", async () => {
    const repo = JSON.stringify({ full_name: "octo/hello", private: false });
    const ev = await buildEvidence({
      key: KEYS.github,
      provider: "github",
      auth: { placement: "header", name: "X-Token" },
      url: "https://api.github.com/repos/octo/hello",
      probes: [
        { variant: "as-sent", status: 401, headers: GITHUB_JSON, body: BAD_CREDENTIALS },
        { variant: "no-credential", status: 200, headers: GITHUB_JSON, body: repo },
      ],
    });
    const r = buildReport(ev, CREATED);
    const out = r.ruledOut.find((x) => x.id === "wrong_auth_header");
    expect(out?.because).toMatch(/^The key changed the answer \(request 1 refused, request 2/);
    expect(r.causes.map((c) => c.id)).not.toContain("wrong_auth_header");
  });

  it("an open endpoint's 200 to the key proves nothing about the user's app either", async () => {
    const repo = JSON.stringify({ full_name: "octo/hello", private: false });
    const ev = await buildEvidence({
      key: KEYS.github,
      provider: "github",
      url: "https://api.github.com/repos/octo/hello",
      probes: [
        { variant: "as-sent", status: 200, headers: GITHUB_JSON, body: repo },
        { variant: "no-credential", status: 200, headers: GITHUB_JSON, body: repo },
      ],
    });
    const r = buildReport(ev, CREATED);
    expect(r.causes[0]?.id).toBe("credentials_work");
    expect(r.causes[0]?.evidence.join(" ")).toMatch(/may not check keys/);
    // "The pasted key works from here" would contradict the baseline.
    expect(r.causes.map((c) => c.id)).not.toContain("stale_environment");
  });

  it("numbers the proving request from 1, in report order", async () => {
    const ev = await buildEvidence({
      key: KEYS.custom,
      probes: [
        {
          variant: "no-credential",
          status: 401,
          body: JSON.stringify({ error: "missing api key" }),
        },
        {
          variant: "authorization",
          status: 401,
          body: JSON.stringify({ error: "invalid api key" }),
        },
        { variant: "as-sent", status: 401, body: JSON.stringify({ error: "invalid api key" }) },
        inline("x-api-key", "customOk"),
      ],
    });
    const r = buildReport(ev, CREATED);
    const top = r.causes[0]!;
    expect(top.id).toBe("wrong_auth_header");
    expect(top.confirmed).toBe(true);
    expect(top.confirmedBy).toBe(4);
    expect(r.ruledOut.find((x) => x.id === "key_rejected")?.because).toMatch(/^Request 4 /);
    for (const c of r.causes.slice(1)) expect(c.confirmed).toBe(false);
  });

  it("a fingerprint of the same key rules out a stale environment with its own sentence", async () => {
    const ev = await buildEvidence({
      key: KEYS.openai,
      provider: "openai",
      probes: [inline("as-sent", "openaiModels")],
      environment: (fingerprint) => ({
        fingerprintCheck: { printed: fingerprint, matches: false },
      }),
    });
    const r = buildReport(ev, CREATED);
    expect(r.ruledOut).toContainEqual({
      id: "stale_environment",
      because:
        "The fingerprint check shows your running app holds the same key as the one pasted here.",
    });
  });

  it("says an opening and a closing quote once", async () => {
    const ev = await buildEvidence({ key: `"${KEYS.openai}"`, provider: "openai" });
    const r = buildReport(ev, CREATED);
    const quotes = r.causes.find((c) => c.id === "key_quotes")!;
    expect(quotes.evidence.filter((e) => /wrapped in quotes/.test(e))).toHaveLength(1);
    expect(quotes.evidence.join(" ")).not.toMatch(/opening|closing/);
  });
});

describe("each finding once per report, and no cause against its own proof", () => {
  const specs = [
    ...CASES.map((c) => [c.name, c.spec] as const),
    ...THREAD_CASES.map(
      (c) =>
        [
          c.id,
          { key: c.key, provider: c.provider, auth: c.auth, url: c.url, probes: c.probes },
        ] as const,
    ),
  ];
  it.each(specs)("%s", async (_n, spec) => {
    const r = buildReport(await buildEvidence(spec), CREATED);
    const evidence = r.causes.flatMap((c) => c.evidence);
    expect(new Set(evidence).size).toBe(evidence.length);
    const because = r.ruledOut.map((x) => x.because);
    expect(new Set(because).size).toBe(because.length);
    for (const b of because) expect(evidence).not.toContain(b);
    const ids = r.causes.map((c) => c.id);
    for (const x of r.ruledOut) expect(ids).not.toContain(x.id);
    for (const c of r.causes) {
      if (c.confirmedBy !== undefined) {
        expect(c.confirmed).toBe(true);
        expect(r.probes[c.confirmedBy - 1]).toBeDefined();
      }
    }
  });
});

it("keeps the recorded Slack answer's meaning: ok:false is never a working key", async () => {
  const ev = await buildEvidence({
    key: KEYS.slack,
    provider: "slack",
    probes: [
      recorded("as-sent", "slack-invalid-auth"),
      recorded("no-credential", "slack-not-authed"),
    ],
  });
  expect(buildReport(ev, CREATED).causes.map((c) => c.id)).not.toContain("credentials_work");
});
