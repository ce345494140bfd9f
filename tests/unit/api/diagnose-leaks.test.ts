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

describe("a key typed into the placement's name", () => {
  // The name is sent as the header or parameter name and quoted in every probe's
  // description and in the report: a key pasted there is refused before any request.
  const key = "tok_Zq9wXv8uT7sR6pQ5oN4mL3kJ2iH1gF0eD9cB8a";
  for (const [placement, name] of [
    ["header", key],
    ["query", key],
    ["header", `x_${key.slice(4, 20)}`],
  ] as const) {
    it(`${placement} named ${name === key ? "with the key" : "with part of it"}: a 400 that quotes neither`, async () => {
      upstream.reset();
      const { status, json, text } = await callDiagnose({
        endpoint: `${upstream.url}/nginx-underscore/api/items`,
        key,
        auth: { placement, name },
      });
      expect(status).toBe(400);
      expect(json.error.code).toBe("validation_failed");
      expect(json.error.message).toMatch(/auth\.name/);
      expect(fragments(key).filter((f) => text.includes(f))).toEqual([]);
      expect(upstream.requests()).toHaveLength(0);
    });
  }

  it("a name that merely shares a word with the key is accepted", async () => {
    const { status } = await callDiagnose({
      endpoint: `${upstream.url}/nginx-underscore/api/items`,
      key: "your-api-key-goes-here-0123456789",
      auth: { placement: "header", name: "api-key" },
    });
    expect(status).toBe(200);
  });
});
