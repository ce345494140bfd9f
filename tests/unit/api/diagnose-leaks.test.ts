import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  callDiagnose,
  keyFragments as fragments,
  openRouteToMockUpstream,
} from "../../mock-upstream/route-client";
import type { MockUpstream } from "../../mock-upstream/server";

/** Key material the user steers into places other than the key field. */

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await openRouteToMockUpstream();
});
afterAll(() => upstream.close());

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
