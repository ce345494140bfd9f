import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ndjsonResponse } from "@/app/api/diagnose/ndjson";
import { parseConfig } from "@/lib/config";
import { TARGET_NOT_ALLOWED_MESSAGE } from "@/lib/probe";
import { streamDiagnosis } from "@/lib/probe/stream";
import { type MockUpstream, startMockUpstream } from "../../mock-upstream/server";

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await startMockUpstream();
});
afterAll(async () => {
  await upstream.close();
});

describe("streamDiagnosis", () => {
  it("ends with an error line when the run fails after it started (rebinding caught at connect time)", async () => {
    const result = parseConfig({});
    if (!result.ok) throw new Error(result.message);
    let calls = 0;
    const resolve = async () => {
      calls += 1;
      return [{ address: calls === 1 ? "93.184.216.34" : "127.0.0.1", family: 4 as const }];
    };
    const response = ndjsonResponse(
      await streamDiagnosis(
        {
          endpoint: `http://rebind.example:${upstream.port}/ok`,
          key: "sk-stream0123456789abcdefghij",
        },
        { config: result.config, resolve, log: () => {} },
      ),
      "test",
    );
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { type: "error", error: { code: "target_not_allowed", message: TARGET_NOT_ALLOWED_MESSAGE } },
    ]);
    expect(upstream.connections()).toBe(0);
  });

  it("stops the probes when the reader cancels the stream (the client went away)", async () => {
    const result = parseConfig({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    if (!result.ok) throw new Error(result.message);
    const lines: string[] = [];
    let logged: (line: string) => void = () => {};
    const done = new Promise<string>((resolve) => {
      logged = resolve;
    });
    const response = ndjsonResponse(
      await streamDiagnosis(
        // The line break makes one probe fail at once (a first line to read); the rest wait 3 s.
        { endpoint: `${upstream.url}/delay?ms=3000`, key: "sk-line\nbreak0123456789abcdef" },
        {
          config: result.config,
          log: (line) => {
            lines.push(line);
            logged(line);
          },
        },
      ),
      "test",
    );
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('"type":"probe"');
    const cancelledAt = performance.now();
    await reader.cancel();
    const line = JSON.parse(await done);
    expect(performance.now() - cancelledAt).toBeLessThan(1_500);
    expect(line.outcome).toBe("failed");
  });

  it("a client that left (the request's signal aborts) ends the stream without an error line", async () => {
    const result = parseConfig({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    if (!result.ok) throw new Error(result.message);
    const client = new AbortController();
    const logged = vi.spyOn(console, "error");
    const response = ndjsonResponse(
      await streamDiagnosis(
        { endpoint: `${upstream.url}/delay?ms=3000`, key: "sk-line\nbreak0123456789abcdef" },
        { config: result.config, signal: client.signal, log: () => {} },
      ),
      "test",
    );
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(text).toContain('"type":"probe"');
    client.abort();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value);
    }
    const types = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).type);
    expect(types.every((type) => type === "probe")).toBe(true);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});
