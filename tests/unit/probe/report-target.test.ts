import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import type { Resolver } from "@/lib/probe/resolver";
import { keyFragments, setTestEnv } from "../../mock-upstream/route-client";

describe("the report's target", () => {
  it("keeps a key that was pasted into the host name out of the report and the log", async () => {
    setTestEnv({
      WHY401_ALLOW_PRIVATE_TARGETS: "0",
      WHY401_RATE_LIMIT_PER_MINUTE: "0",
      WHY401_ALLOWED_HOSTS: undefined,
    });
    const key = "sk-hostcanary0123456789abcdefghijklmnop";
    const resolve: Resolver = async () => {
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    };
    const lines: string[] = [];
    const report = await runDiagnosis(
      { endpoint: `https://${key}.example.com/v1/models`, key },
      { config: getConfig(), resolve, log: (line) => lines.push(line) },
    );
    expect(report.target?.origin).toBeDefined();
    const out = JSON.stringify(report) + lines.join("\n");
    for (const fragment of keyFragments(key)) expect(out).not.toContain(fragment);
  });
});
