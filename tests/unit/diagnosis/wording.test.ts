/**
 * How the report reads to a stuck developer (findings of a UX review of real reports):
 * one sentence per fact, gateways named for what they did, no detector shorthand.
 */

import { describe, expect, it } from "vitest";
import { buildReport, diagnose } from "@/lib/diagnosis";
import type { Cause } from "@/lib/diagnosis/report";
import { detectLayer } from "@/lib/providers";
import { ANSWERS } from "@/tests/fixtures/answers";
import { buildEvidence, type ProbeSpec, recorded } from "./build-evidence";
import { CASES } from "./cases";
import { KEYS } from "./keys";

const CREATED = "2026-11-27T12:00:00.000Z";

function byId(causes: Cause[], id: Cause["id"]): { cause: Cause | undefined; rank: number } {
  const rank = causes.findIndex((c) => c.id === id);
  return { cause: causes[rank], rank };
}

/** Quoted upstream text may hold anything; the sentence around it must not nest parentheses. */
function nestsParentheses(sentence: string): boolean {
  return /\([^()]*\(/.test(sentence.replace(/"[^"]*"/g, '""'));
}

describe("one character, one sentence", () => {
  it("a key with a trailing line break gives one key_whitespace evidence line", async () => {
    const ev = await buildEvidence({ key: `${KEYS.openai}\n`, provider: "openai" });
    const report = buildReport(ev, CREATED);
    const { cause } = byId(report.causes, "key_whitespace");
    expect(cause?.evidence).toHaveLength(1);
    expect(cause?.evidence[0]).toMatch(/^The key ends with a line break, /);
    expect(report.verdict.headline).toBe("The key ends with a line break");
  });

  it.each(CASES.map((c) => [c.name, c] as const))("no sentence is repeated: %s", async (_n, c) => {
    const report = buildReport(await buildEvidence(c.spec), CREATED);
    for (const cause of report.causes) {
      expect(new Set(cause.evidence).size, cause.id).toBe(cause.evidence.length);
      expect(new Set(cause.fix).size, cause.id).toBe(cause.fix.length);
    }
    const sentences = report.verdict.summary.split(/(?<=[.)"])\s+(?=[A-Z])/);
    expect(new Set(sentences).size, report.verdict.summary).toBe(sentences.length);
  });
});

describe("a bare Authorization value with its own scheme word", () => {
  it("'Bot <token>' sent as the whole header is its syntax, not a stray space", async () => {
    const causes = diagnose(
      await buildEvidence({
        key: `Bot ${KEYS.custom}`,
        auth: { placement: "authorization" },
        probes: [
          recorded("as-sent", "express-plain-unauthorized"),
          recorded("no-credential", "express-plain-unauthorized"),
        ],
      }),
    );
    expect(causes.map((c) => c.id)).not.toContain("key_whitespace");
    expect(causes[0]?.id).toBe("key_rejected");
  });

  it("a space inside the key itself is still reported", async () => {
    const causes = diagnose(
      await buildEvidence({
        key: `${KEYS.custom.slice(0, 10)} ${KEYS.custom.slice(10)}`,
        auth: { placement: "bearer" },
      }),
    );
    expect(causes.map((c) => c.id)).toContain("key_whitespace");
  });
});

describe("a gateway that answers as if no key was sent", () => {
  const kong: ProbeSpec[] = [
    recorded("as-sent", "kong-no-api-key"),
    recorded("no-credential", "kong-no-api-key"),
  ];

  it("names Kong, points at Kong's credential and ranks below gateway_rejected", async () => {
    const causes = diagnose(await buildEvidence({ key: KEYS.custom, probes: kong }));
    const gateway = byId(causes, "gateway_rejected");
    const missing = byId(causes, "credentials_not_received");
    expect(missing.cause?.title).toBe("Kong answers as if no key was sent");
    expect(missing.cause?.evidence.join(" ")).not.toMatch(/\bthe API (answered|says)/i);
    expect(missing.cause?.evidence[0]).toMatch(/^With the key, Kong answered 401 Unauthorized/);
    expect(missing.cause?.fix[0]).toBe(gateway.cause?.fix[0]);
    expect(missing.cause?.fix.join(" ")).toMatch(/apikey/);
    expect(gateway.rank).toBeGreaterThanOrEqual(0);
    expect(missing.rank).toBeGreaterThan(gateway.rank);
  });

  it("ranks below gateway_rejected even when the gateway is only recognised on the path", async () => {
    const answer = {
      status: 401,
      headers: { server: "kong/3.6.1", "x-kong-request-id": "5b2e7c1f0d9a4e3b8c6d2a1f" },
      body: "Missing API key",
    };
    const layer = detectLayer(answer);
    expect(layer.isGateway && layer.confidence < 0.6).toBe(true);
    const probes: ProbeSpec[] = [
      { variant: "as-sent", ...answer },
      { variant: "no-credential", ...answer },
    ];
    const causes = diagnose(await buildEvidence({ key: KEYS.custom, probes }));
    const gateway = byId(causes, "gateway_rejected");
    const missing = byId(causes, "credentials_not_received");
    expect(causes[0]?.id).toBe("gateway_rejected");
    expect(missing.cause?.title).toBe("Kong answers as if no key was sent");
    expect(missing.rank).toBeGreaterThan(gateway.rank);
    expect(gateway.cause?.evidence[0]).toMatch(/probably never saw the request\.$/);
  });

  it("still speaks of the API when the API itself answered", async () => {
    const causes = diagnose(
      await buildEvidence({
        key: KEYS.custom,
        probes: [
          recorded("as-sent", "fastapi-not-authenticated"),
          recorded("no-credential", "fastapi-not-authenticated"),
        ],
      }),
    );
    expect(byId(causes, "credentials_not_received").cause?.title).toBe(
      "The API answers as if no key was sent",
    );
  });
});

describe("the gateway evidence sentence", () => {
  it("reads as a sentence for Kong", async () => {
    const causes = diagnose(
      await buildEvidence({ key: KEYS.custom, probes: [recorded("as-sent", "kong-no-api-key")] }),
    );
    expect(byId(causes, "gateway_rejected").cause?.evidence[0]).toBe(
      'Kong answered the request itself with 401 Unauthorized (its x-kong-response-latency header is on the answer, it says "No API key found in request", and its WWW-Authenticate challenge names the realm "kong"), so the API behind it never saw the request.',
    );
  });

  const gatewayAnswers = ANSWERS.filter(
    (a) => a.expect.layer !== "api" && a.expect.layer !== "unknown",
  );

  it("keeps the signals and loses the detector's shorthand, for every recorded gateway", async () => {
    let checked = 0;
    for (const a of gatewayAnswers) {
      const causes = diagnose(
        await buildEvidence({ key: KEYS.custom, probes: [recorded("as-sent", a.id)] }),
      );
      const sentence = byId(causes, "gateway_rejected").cause?.evidence[0];
      if (sentence === undefined) continue;
      checked++;
      expect(nestsParentheses(sentence), sentence).toBe(false);
      expect(sentence, a.id).not.toMatch(
        /answered itself\)|the upstream answered\)|\bbody: |fault\.|realm="[^"]*"\)/,
      );
      // Brand names keep their case ("nginx").
      expect(sentence, a.id).toMatch(/^(?:[A-Z]|nginx ).*\.$/);
      expect(sentence, a.id).toMatch(/never saw the request\.$/);
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});

describe("answers quoted in sentences", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("read cleanly: %s", async (_n, c) => {
    const report = buildReport(await buildEvidence(c.spec), CREATED);
    for (const cause of report.causes) {
      for (const sentence of cause.evidence) {
        // 401 Unauthorized ("You didn't provide…") inside another parenthesis was hard to read.
        expect(nestsParentheses(sentence), sentence).toBe(false);
        // "502 Bad Gateway ("502 Bad Gateway")" says the same thing twice.
        expect(sentence).not.toMatch(/\b(\d{3} ([A-Z][A-Za-z ]+)) \("(?:\1|\2)"\)/);
      }
    }
  });

  it("names the gateway, not the API, in every cause about a gateway's answer", async () => {
    const ids = [
      "kong-no-api-key",
      "aws-apigw-unauthorized",
      "cloudflare-waf-block-page",
      "apigee-invalid-api-key",
    ];
    for (const id of ids) {
      const causes = diagnose(
        await buildEvidence({ key: KEYS.custom, probes: [recorded("as-sent", id)] }),
      );
      for (const cause of causes) {
        expect(cause.evidence.join(" "), `${id}: ${cause.id}`).not.toMatch(
          /\bThe API (answered|says)\b/,
        );
      }
    }
  });

  it("does not mask upstream words that a placeholder paste happens to contain", async () => {
    const report = buildReport(
      await buildEvidence({
        key: "your-api-key-here",
        provider: "anthropic",
        probes: [
          recorded("as-sent", "anthropic-invalid-key"),
          recorded("no-credential", "anthropic-no-key"),
        ],
      }),
      CREATED,
    );
    const text = report.causes.flatMap((c) => c.evidence).join(" ");
    expect(text).toContain("x-api-key");
    expect(text).not.toContain("[redacted]");
  });
});
