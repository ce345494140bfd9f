import { describe, expect, it } from "vitest";
import { buildReport, diagnose, RULES } from "@/lib/diagnosis";
import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { REPORT_VERSION } from "@/lib/diagnosis/report";
import { buildEvidence, recorded } from "./build-evidence";
import { CASES } from "./cases";
import { inline } from "./inline-answers";
import { KEYS } from "./keys";

const CREATED = "2026-11-27T12:00:00.000Z";

describe("buildReport", () => {
  it("assembles target, provider, key summary, probes, causes and verdict", async () => {
    const ev = await buildEvidence({
      key: KEYS.openai,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    });
    const r = buildReport(ev, CREATED);
    expect(r.version).toBe(REPORT_VERSION);
    expect(r.createdAt).toBe(CREATED);
    expect(r.target).toEqual({
      origin: "https://api.openai.com",
      path: "/v1/models",
      method: "GET",
    });
    expect(r.provider).toEqual({ id: "openai", name: "OpenAI", source: "host" });
    expect(r.key).toBe(ev.key);
    expect(r.probes).toBe(ev.probes);
    expect(r.verdict.causeId).toBe(r.causes[0]?.id);
    expect(r.verdict.headline).toBe("OpenAI refused the key");
    expect(r.verdict.summary.length).toBeGreaterThan(20);
    // The report is plain data: it survives JSON as is.
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("has no provider and no target for an inspection-only custom key", async () => {
    const ev = await buildEvidence({ key: KEYS.custom });
    const r = buildReport({ ...ev, target: undefined }, CREATED);
    expect(r.provider).toBeNull();
    expect(r.target).toBeNull();
    expect(r.verdict.causeId).toBe("inconclusive");
  });

  it("does not read the clock: the same evidence gives the same report", async () => {
    const ev = await buildEvidence(CASES[0]!.spec);
    expect(buildReport(ev, CREATED)).toEqual(buildReport(ev, CREATED));
  });
});

describe("diagnose: shape of the ranking", () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: sorted, clamped, never empty",
    async (_n, c) => {
      const causes = diagnose(await buildEvidence(c.spec));
      expect(causes.length).toBeGreaterThan(0);
      for (let i = 0; i < causes.length; i++) {
        const cause = causes[i]!;
        expect(cause.confidence).toBeGreaterThanOrEqual(0.05);
        expect(cause.confidence).toBeLessThanOrEqual(1);
        if (i > 0) expect(cause.confidence).toBeLessThanOrEqual(causes[i - 1]!.confidence);
        expect(cause.title).not.toBe("");
        expect(cause.evidence.length).toBeGreaterThan(0);
        expect(cause.fix.length).toBeGreaterThan(0);
      }
      expect(new Set(causes.map((x) => x.id)).size).toBe(causes.length);
    },
  );

  it("falls back to inconclusive when nothing else fits, and says what was seen", async () => {
    const causes = diagnose(
      await buildEvidence({ key: KEYS.custom, probes: [inline("as-sent", "serverError")] }),
    );
    expect(causes.map((c) => c.id)).toEqual(["inconclusive"]);
    expect(causes[0]?.evidence.join(" ")).toMatch(/502/);
  });

  it("drops inconclusive when a cause is convincing after probes", async () => {
    const causes = diagnose(
      await buildEvidence({
        key: KEYS.openai,
        provider: "openai",
        probes: [inline("as-sent", "openaiModels")],
      }),
    );
    expect(causes.map((c) => c.id)).not.toContain("inconclusive");
  });

  it("keeps telling the user to run the test in inspection-only mode", async () => {
    const causes = diagnose(await buildEvidence({ key: `${KEYS.openai} `, provider: "openai" }));
    expect(causes[0]?.id).toBe("key_whitespace");
    expect(causes.find((c) => c.id === "inconclusive")?.fix.join(" ")).toMatch(/run the test/i);
  });

  it("has one rule per cause id", () => {
    expect(Object.keys(RULES).sort()).toEqual([...CAUSE_IDS].sort());
  });
});
