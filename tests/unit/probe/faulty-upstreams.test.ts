import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { runDiagnosis } from "@/lib/probe";
import type { Deadlines } from "@/lib/probe/deadlines";
import { closedPortUrl, type MockUpstream, startMockUpstream } from "../../mock-upstream/server";

/** Faulty upstreams (see docs/security.md, "Rate limits and capacity"): each yields a report within the run deadline, reading at most 64 KB. */

let upstream: MockUpstream;
const config = (() => {
  const result = parseConfig({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
  if (!result.ok) throw new Error(result.message);
  return result.config;
})();
const DEADLINES: Deadlines = {
  connectMs: 500,
  headersMs: 700,
  bodyMs: 700,
  probeMs: 1_200,
  runMs: 2_000,
};
/**
 * For the body cap: deadlines far longer than reading 64 KB takes on any machine, however
 * busy. The cap must end each read by bytes; a read that ran until a deadline (which also
 * marks the body truncated) would show in its time. Short deadlines here raced the read on
 * a loaded machine and turned the answer into a timeout.
 */
const CAP_DEADLINES: Deadlines = {
  connectMs: 10_000,
  headersMs: 10_000,
  bodyMs: 15_000,
  probeMs: 16_000,
  runMs: 18_000,
};
const KEY = "sk-faulty0123456789abcdefghijklmnopqrstuv";

beforeAll(async () => {
  upstream = await startMockUpstream();
});
afterAll(async () => {
  await upstream.close();
});

async function diagnose(endpoint: string, deadlines = DEADLINES) {
  const started = performance.now();
  const report = await runDiagnosis({ endpoint, key: KEY }, { config, deadlines, log: () => {} });
  return { report, ms: performance.now() - started };
}

const errorKinds = (probes: ProbeResult[]) =>
  probes.map((p) => (p.outcome.kind === "error" ? p.outcome.error.kind : p.outcome.status));

describe("faulty upstreams", () => {
  const UNREACHABLE: [path: string, kind: string][] = [
    ["/hang", "timeout"],
    ["/slow-headers", "timeout"],
    ["/reset", "reset"],
    ["/not-http", "not_http"],
    ["/huge-header", "too_large"],
  ];

  it.each(UNREACHABLE)(
    "%s → endpoint_unreachable (%s), within the run deadline",
    async (path, kind) => {
      const { report, ms } = await diagnose(`${upstream.url}${path}`);
      expect(ms).toBeLessThan(DEADLINES.runMs + 500);
      expect(new Set(errorKinds(report.probes))).toEqual(new Set([kind]));
      expect(report.causes[0]?.id).toBe("endpoint_unreachable");
      for (const p of report.probes) {
        if (p.outcome.kind === "error")
          expect(p.outcome.error.message).not.toMatch(/127\.0\.0\.1|sk-/);
      }
    },
  );

  it("a timeout names its phase", async () => {
    const { report } = await diagnose(`${upstream.url}/hang`);
    const outcome = report.probes[0]?.outcome;
    expect(outcome).toMatchObject({ kind: "error", error: { kind: "timeout", phase: "headers" } });
  });

  it("a closed port → endpoint_unreachable (refused)", async () => {
    const { report } = await diagnose(await closedPortUrl());
    expect(new Set(errorKinds(report.probes))).toEqual(new Set(["refused"]));
    expect(report.causes[0]?.id).toBe("endpoint_unreachable");
  });

  it.each(["/big-body", "/endless-body"])(
    "%s is read only to 64 KB; the status is still evidence",
    async (path) => {
      const before = process.memoryUsage().rss;
      const { report, ms } = await diagnose(`${upstream.url}${path}`, CAP_DEADLINES);
      const grown = process.memoryUsage().rss - before;
      expect(ms).toBeLessThan(CAP_DEADLINES.runMs);
      expect(grown).toBeLessThan(40 * 1024 * 1024); // 8 × 10 MB read whole would be 80 MB
      for (const p of report.probes) {
        expect(p.outcome).toMatchObject({ kind: "response", status: 401, bodyTruncated: true });
        // Ended by the byte cap, not by the body deadline.
        expect(p.outcome.timeMs).toBeLessThan(CAP_DEADLINES.bodyMs);
        if (p.outcome.kind === "response")
          expect(p.outcome.bodyExcerpt.length).toBeLessThanOrEqual(2048);
      }
      expect(report.causes[0]?.id).not.toBe("endpoint_unreachable");
    },
  );

  it("a gzip bomb is described, never inflated", async () => {
    const { report } = await diagnose(`${upstream.url}/gzip-bomb`);
    const outcome = report.probes[0]?.outcome;
    expect(outcome?.kind).toBe("response");
    if (outcome?.kind === "response") {
      expect(outcome.bodyExcerpt).toMatch(/gzip-encoded body, not decoded/);
      expect(outcome.headers["content-encoding"]).toBe("gzip");
    }
  });

  it("a redirect loop is one request per probe, reported as a same-origin redirect", async () => {
    upstream.reset();
    const { report } = await diagnose(`${upstream.url}/redirect-loop`);
    expect(upstream.requests()).toHaveLength(report.probes.length);
    expect(report.probes[0]?.outcome).toMatchObject({
      kind: "response",
      status: 302,
      redirect: { sameOrigin: true },
    });
  });

  it("an http→https redirect is recognised", async () => {
    const { report } = await diagnose(`${upstream.url}/redirect/https/v1`);
    expect(report.probes[0]?.outcome).toMatchObject({
      redirect: { sameOrigin: false, httpsUpgrade: true },
    });
  });

  it("a Cloudflare Access login is recognised, its query values dropped", async () => {
    const { report } = await diagnose(`${upstream.url}/cf-access`);
    const outcome = report.probes[0]?.outcome;
    expect(outcome).toMatchObject({ redirect: { cloudflareAccess: true } });
    if (outcome?.kind === "response") {
      expect(outcome.redirect?.location).toBe(
        "https://example-team.cloudflareaccess.com/cdn-cgi/access/login/api.example.com?kid=&redirect_url=&meta=",
      );
      expect(outcome.headers.location).toBe(outcome.redirect?.location);
    }
  });

  it("the client leaving aborts the run", async () => {
    const controller = new AbortController();
    const run = runDiagnosis(
      { endpoint: `${upstream.url}/hang`, key: KEY },
      {
        config,
        deadlines: { ...DEADLINES, runMs: 10_000, probeMs: 10_000, headersMs: 10_000 },
        log: () => {},
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(run).rejects.toBeDefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("transport failures are named", () => {
  it("TLS to a plain HTTP port → tls", async () => {
    const { report } = await diagnose(`${upstream.url.replace("http:", "https:")}/ok`);
    expect(new Set(errorKinds(report.probes))).toEqual(new Set(["tls"]));
    expect(report.causes[0]?.id).toBe("endpoint_unreachable");
  });

  it("a name that does not resolve → dns", async () => {
    const notFound = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const report = await runDiagnosis(
      { endpoint: "https://no-such-host.example/v1", key: KEY },
      { config, deadlines: DEADLINES, log: () => {}, resolve: notFound },
    );
    expect(new Set(errorKinds(report.probes))).toEqual(new Set(["dns"]));
    expect(report.causes[0]?.id).toBe("endpoint_unreachable");
  });
});
