// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { formatMs, prettyBody, probeLabel } from "@/components/wizard/probe-labels";
import { ProbeProgress, RUN_DEADLINE_SECONDS } from "@/components/wizard/probe-progress";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { DEFAULT_DEADLINES } from "@/lib/probe/deadlines";

afterEach(cleanup);

const layer = { layer: "api" as const, confidence: 0.5, signals: [], signs: [], isGateway: false };
function probe(
  variant: ProbeResult["variant"],
  auth?: ProbeResult["auth"],
  body = "",
): ProbeResult {
  return {
    variant,
    auth,
    description: "d",
    outcome: {
      kind: "response",
      status: 401,
      headers: {},
      challenges: [],
      proxyChallenges: [],
      bodyExcerpt: body,
      bodyTruncated: false,
      timeMs: 1234,
      layer,
    },
  };
}

describe("probe labels", () => {
  it.each<[ProbeResult["variant"], ProbeResult["auth"], string]>([
    ["as-sent", { placement: "bearer" }, "As you sent it (Bearer header)"],
    ["no-credential", undefined, "No key"],
    ["cleaned", { placement: "header", name: "x-api-key" }, "Cleaned key (x-api-key header)"],
    ["bearer", { placement: "bearer" }, "Bearer header"],
    ["query", { placement: "query", name: "key" }, "?key= in the URL"],
    ["basic", { placement: "basic" }, "Basic auth"],
    ["x-api-key", { placement: "header", name: "apikey" }, "apikey header"],
    ["x-api-key", { placement: "header", name: "api-key" }, "api-key header"],
  ])("%s is said in words", (variant, auth, label) => {
    expect(probeLabel(probe(variant, auth))).toBe(label);
  });

  it("pretty-prints a JSON body and leaves other text as it came", () => {
    expect(prettyBody(probe("as-sent", undefined, '{"error":{"code":1}}'))).toBe(
      '{\n  "error": {\n    "code": 1\n  }\n}',
    );
    expect(prettyBody(probe("as-sent", undefined, "<html>nope"))).toBe("<html>nope");
    expect(prettyBody(probe("as-sent", undefined, '{"cut": "of'))).toBe('{\n  "cut": "of');
  });

  it("formats times", () => {
    expect(formatMs(12.4)).toBe("12 ms");
    expect(formatMs(1234)).toBe("1.2 s");
    expect(formatMs(12_345)).toBe("12 s");
  });
});

describe("ProbeProgress", () => {
  it("shows a row per request: answered ones in words, the rest waiting with the deadline", () => {
    render(
      <ProbeProgress probes={[probe("as-sent", { placement: "bearer" })]} total={3} running />,
    );
    const done = document.querySelectorAll('[data-progress="done"]');
    const waiting = document.querySelectorAll('[data-progress="waiting"]');
    expect(done).toHaveLength(1);
    expect(waiting).toHaveLength(2);
    expect(done[0]).toHaveTextContent("As you sent it (Bearer header) → HTTP 401, 1.2 s");
    expect(waiting[0]).toHaveTextContent(`0 s of at most ${RUN_DEADLINE_SECONDS} s`);
    expect(screen.queryByText(/as-sent/)).toBeNull();
  });

  it("states the server's own run deadline", () => {
    expect(RUN_DEADLINE_SECONDS * 1000).toBe(DEFAULT_DEADLINES.runMs);
  });
});

describe("indentJson", () => {
  it("indents JSON that was cut off, leaving strings as they are", async () => {
    const { indentJson } = await import("@/components/wizard/probe-labels");
    expect(indentJson('{"a":{"b":"x, {y}: \\"z","c":[1,2')).toBe(
      '{\n  "a": {\n    "b": "x, {y}: \\"z",\n    "c": [\n      1,\n      2',
    );
  });
});
