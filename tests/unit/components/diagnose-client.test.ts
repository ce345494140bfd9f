import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/diagnose/route";
import { runDiagnose } from "@/components/wizard/diagnose-client";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { openRouteToMockUpstream } from "../../mock-upstream/route-client";
import { GOOD_KEY, type MockUpstream } from "../../mock-upstream/server";

/**
 * The wizard's stream reader against the real route (its `fetch` answered by the route
 * handler, as the browser's would be by the server) and a real upstream behind it.
 */

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await openRouteToMockUpstream();
  vi.stubGlobal("fetch", (url: string, init: RequestInit) =>
    POST(new Request(new URL(url, "http://why401.test"), init)),
  );
});
afterEach(() => upstream.reset());
afterAll(async () => {
  vi.unstubAllGlobals();
  await upstream.close();
});

describe("runDiagnose reads a follow-up round", () => {
  it("passes the announcement on and reads on to the report", async () => {
    const probes: ProbeResult[] = [];
    const counts: number[] = [];
    const outcome = await runDiagnose(
      { endpoint: `${upstream.url}/kong/v1/orders`, key: GOOD_KEY },
      (p) => probes.push(p),
      new AbortController().signal,
      (count) => counts.push(count),
    );
    expect(outcome.kind).toBe("report");
    expect(counts).toEqual([2]);
    expect(probes.filter((p) => p.round === 2)).toHaveLength(2);
    if (outcome.kind !== "report") return;
    expect(outcome.report.causes[0]).toMatchObject({ id: "wrong_auth_header", confirmed: true });
  });

  it("reads on without a follow-up callback (the line is skipped, not an error)", async () => {
    const outcome = await runDiagnose(
      { endpoint: `${upstream.url}/kong/v1/orders`, key: GOOD_KEY },
      () => {},
      new AbortController().signal,
    );
    expect(outcome.kind).toBe("report");
  });
});
