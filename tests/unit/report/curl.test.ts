import { describe, expect, it } from "vitest";
import { buildCurl } from "@/lib/report/curl";

const URL_ = "https://api.example.com/v1/models";

describe("buildCurl", () => {
  const cases: { name: string; input: Parameters<typeof buildCurl>[0]; expected: string }[] = [
    {
      name: "bearer",
      input: { method: "GET", url: URL_, auth: { placement: "bearer" } },
      expected: `curl -sS -i -H "Authorization: Bearer $API_KEY" "${URL_}"`,
    },
    {
      name: "raw authorization",
      input: { method: "GET", url: URL_, auth: { placement: "authorization" } },
      expected: `curl -sS -i -H "Authorization: $API_KEY" "${URL_}"`,
    },
    {
      name: "named header with a required header",
      input: {
        method: "GET",
        url: URL_,
        auth: { placement: "header", name: "x-api-key" },
        headers: { "anthropic-version": "2023-06-01" },
      },
      expected: `curl -sS -i -H "x-api-key: $API_KEY" -H "anthropic-version: 2023-06-01" "${URL_}"`,
    },
    {
      name: "query",
      input: { method: "GET", url: URL_, auth: { placement: "query", name: "key" } },
      expected: `curl -sS -i "${URL_}?key=$API_KEY"`,
    },
    {
      name: "query appended to an existing query",
      input: { method: "GET", url: `${URL_}?a=1`, auth: { placement: "query", name: "api_key" } },
      expected: `curl -sS -i "${URL_}?a=1&api_key=$API_KEY"`,
    },
    {
      name: "basic",
      input: { method: "POST", url: URL_, auth: { placement: "basic" } },
      expected: `curl -sS -i -X POST -u "$API_KEY:" "${URL_}"`,
    },
    {
      name: "no credential, HEAD",
      input: { method: "HEAD", url: URL_ },
      expected: `curl -sS -i -I "${URL_}"`,
    },
    {
      name: "shell characters in a header value are escaped, not run",
      input: {
        method: "GET",
        url: URL_,
        auth: { placement: "bearer" },
        headers: { "x-note": 'a"$(id)`b' },
      },
      expected: `curl -sS -i -H "Authorization: Bearer $API_KEY" -H "x-note: a\\"\\$(id)\\\`b" "${URL_}"`,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(buildCurl(c.input)).toBe(c.expected);
    });
  }
});

describe("buildCurl in a real shell", () => {
  it("expands only $API_KEY and passes every other character through literally", async () => {
    const { execFileSync } = await import("node:child_process");
    const command = buildCurl({
      method: "GET",
      url: `${URL_}?q=$HOME`,
      auth: { placement: "query", name: "key" },
      headers: { "x-note": 'a"$(id)`b\\' },
    });
    // A stand-in curl that prints its arguments, one a line.
    const script = `curl() { printf '%s\\n' "$@"; }; ${command}`;
    const out = execFileSync("bash", ["-c", script], {
      env: {
        PATH: process.env.PATH,
        API_KEY: "k3y",
        HOME: "/nowhere",
      } as unknown as NodeJS.ProcessEnv,
    }).toString();
    expect(out.split("\n")).toContain('x-note: a"$(id)`b\\');
    expect(out.split("\n")).toContain(`${URL_}?q=$HOME&key=k3y`);
  });
});
