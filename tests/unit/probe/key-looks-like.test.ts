import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import { setTestEnv } from "../../mock-upstream/route-client";

describe("the report's key summary says what the key's format is", () => {
  it("names the service of a registry format, without key text", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0" });
    const key = `dop_v1_${"0123456789abcdef".repeat(4)}`;
    const report = await runDiagnosis({ key }, { config: getConfig(), log: () => {} });
    expect(report.key.looksLike).toEqual({
      service: "DigitalOcean",
      description: "a DigitalOcean personal access token (dop_v1_…)",
      certainty: "exact",
    });
    expect(JSON.stringify(report)).not.toContain(key.slice(7, 20));
  });

  it("says nothing for a bare shape when the endpoint is unknown", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0" });
    const report = await runDiagnosis(
      { key: "Q7bz3Kq9TfWm2XcR8sLp4YhN6dJv1GaE" },
      { config: getConfig(), log: () => {} },
    );
    expect(report.key.looksLike).toBeUndefined();
  });
});

describe("a guessable-looking key keeps its format to itself", () => {
  it("a key with a colon (taken for user:password) says nothing of its format either", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0" });
    const key = "7123456789:AAQ7bz3Kq9TfWm2XcR8sLp4YhN6dJv1GaE0";
    const report = await runDiagnosis({ key }, { config: getConfig(), log: () => {} });
    expect(report.key.preview).toBeNull();
    expect(report.key.looksLike).toBeUndefined();
  });
});
