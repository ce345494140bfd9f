import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callDiagnose, useEnv } from "../../mock-upstream/route-client";
import { type MockUpstream, startMockUpstream } from "../../mock-upstream/server";

/** Key material the user steers into places other than the key field. */

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await startMockUpstream();
  useEnv({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_ALLOWED_HOSTS: undefined,
  });
});
afterAll(async () => {
  await upstream.close();
});

function fragments(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= key.length; i++) out.push(key.slice(i, i + 6));
  return out;
}

describe("a key inside the endpoint", () => {
  it("a token in the path (`/bot<token>/getMe`) is redacted from the report's target", async () => {
    const key = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    let text: string;
    let json: { target: { path: string } };
    try {
      ({ text, json } = await callDiagnose({
        endpoint: `${upstream.url}/bot${key}/getMe`,
        key,
        auth: { placement: "query", name: "token" },
      }));
    } finally {
      spy.mockRestore();
    }
    expect(json.target.path).toMatch(/^\/bot.*\/getMe$/);
    const leaked = fragments(key).filter((f) => text.includes(f) || writes.join("").includes(f));
    expect(leaked).toEqual([]);
  });
});
