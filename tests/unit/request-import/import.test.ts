import { describe, expect, it } from "vitest";
import type { ImportedRequest } from "@/lib/request-import";
import { detectFormat, importRequest } from "@/lib/request-import";

function ok(text: string): ImportedRequest {
  const result = importRequest(text);
  if (!result.ok) throw new Error(result.error);
  return result.request;
}

const KEY = "sk-proj-abcdef0123456789abcdef0123456789";

describe("curl commands as people paste them", () => {
  it("OpenAI docs: Bearer header, JSON body, line continuations", () => {
    const r = ok(`curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer ${KEY}" \\
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}'`);
    expect(r.format).toBe("curl");
    expect(r.url).toBe("https://api.openai.com/v1/chat/completions");
    expect(r.method).toBe("POST");
    expect(r.headers).toEqual([["Content-Type", "application/json"]]);
    expect(JSON.parse(r.body ?? "")).toMatchObject({ model: "gpt-4o-mini" });
    expect(r.credential).toMatchObject({ value: KEY, placement: "bearer" });
    // Said in words on the page ("Key from the Authorization header (Bearer): sk-…"), not
    // "Authorization: Bearer: sk-…" with its colons stacked.
    expect(r.credential?.from).toBe("Authorization header (Bearer)");
    expect(r.variables).toEqual([]);
  });

  it("Anthropic docs: x-api-key from $ANTHROPIC_API_KEY is a variable, not a key", () => {
    const r = ok(`curl https://api.anthropic.com/v1/messages \\
     --header "x-api-key: $ANTHROPIC_API_KEY" \\
     --header "anthropic-version: 2023-06-01" \\
     --header "content-type: application/json" \\
     --data \\
'{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "Hello"}]}'`);
    expect(r.credential).toMatchObject({
      value: "",
      variable: "ANTHROPIC_API_KEY",
      placement: "header",
      name: "x-api-key",
    });
    expect(r.variables).toEqual(["ANTHROPIC_API_KEY"]);
    expect(r.headers.map(([n]) => n)).toEqual(["anthropic-version", "content-type"]);
    expect(r.method).toBe("POST");
  });

  it("a braced variable and in the URL stays written as the user wrote it", () => {
    const r = ok(`curl -s "\${BASE_URL}/v1/models" -H "Authorization: Bearer \${TOKEN}"`);
    expect(r.url).toBe("$BASE_URL/v1/models");
    expect(r.credential).toMatchObject({ value: "", variable: "TOKEN", placement: "bearer" });
    expect(r.variables.sort()).toEqual(["BASE_URL", "TOKEN"]);
  });

  it("GitHub docs: -L, -X GET and several -H", () => {
    const r = ok(`curl -L \\
  -X GET \\
  -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a" \\
  -H "X-GitHub-Api-Version: 2022-11-28" \\
  https://api.github.com/user`);
    expect(r.url).toBe("https://api.github.com/user");
    expect(r.method).toBe("GET");
    expect(r.headers).toHaveLength(2);
    expect(r.credential?.value).toBe("ghp_16C7e42F292c6912E7710c838347Ae178B4a");
  });

  it("Stripe docs: -u key: is Basic with the key as user name, -d fields joined", () => {
    const r = ok(`curl https://api.stripe.com/v1/customers \\
  -u "sk_test_4eC39HqLyjWDarjtT1zdp7dc:" \\
  -d name="Jenny Rosen" \\
  --data-urlencode email="jenny rosen@example.com"`);
    expect(r.credential).toMatchObject({
      value: "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
      placement: "basic",
    });
    expect(r.body).toBe("name=Jenny Rosen&email=jenny%20rosen%40example.com");
    expect(r.headers).toEqual([["Content-Type", "application/x-www-form-urlencoded"]]);
  });

  it("Gemini docs: key in the query string moves out of the URL", () => {
    const r = ok(
      `curl "https://generativelanguage.googleapis.com/v1beta/models?key=AIzaSyD-abc123&pageSize=5"`,
    );
    expect(r.url).toBe("https://generativelanguage.googleapis.com/v1beta/models?pageSize=5");
    expect(r.credential).toMatchObject({
      value: "AIzaSyD-abc123",
      placement: "query",
      name: "key",
    });
  });

  it("Chrome's Copy as cURL: single quotes, clustered flags, --compressed, dropped Host", () => {
    const r = ok(`curl 'https://api.example.com/v2/items?page=2' \\
  -H 'accept: application/json' \\
  -H 'host: api.example.com' \\
  -H 'x-api-key: abc.def-123' \\
  -H 'user-agent: Mozilla/5.0' \\
  --compressed -sS`);
    expect(r.url).toBe("https://api.example.com/v2/items?page=2");
    expect(r.headers.map(([n]) => n)).toEqual(["accept", "user-agent"]);
    expect(r.credential).toMatchObject({
      value: "abc.def-123",
      placement: "header",
      name: "x-api-key",
    });
  });

  it("attached short options and --long=value: -XPOST -H'…' --url=…", () => {
    const r = ok(
      `curl -sSXPUT --url=https://api.example.com/things/1 -H'api-key: k123' --data-raw '{"a":1}'`,
    );
    expect(r.method).toBe("PUT");
    expect(r.url).toBe("https://api.example.com/things/1");
    expect(r.credential).toMatchObject({ value: "k123", placement: "header", name: "api-key" });
    expect(r.body).toBe('{"a":1}');
  });

  it("catalog header names (GitLab PRIVATE-TOKEN, Datadog DD-API-KEY) are credentials", () => {
    expect(
      ok(`curl --header "PRIVATE-TOKEN: glpat-xyz" "https://gitlab.example.com/api/v4/projects"`)
        .credential,
    ).toMatchObject({ value: "glpat-xyz", placement: "header", name: "PRIVATE-TOKEN" });
    expect(
      ok(`curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: 0123abcd"`)
        .credential,
    ).toMatchObject({ value: "0123abcd", placement: "header", name: "DD-API-KEY" });
  });

  it("Authorization: Basic is decoded; a raw Authorization keeps its whole value", () => {
    const basic = ok(
      `curl https://api.twilio.com/x -H "Authorization: Basic ${btoa("AC123:secret")}"`,
    );
    expect(basic.credential).toMatchObject({ value: "AC123:secret", placement: "basic" });
    const raw = ok(`curl https://api.example.com/x -H "Authorization: Token abc"`);
    expect(raw.credential).toMatchObject({ value: "Token abc", placement: "authorization" });
  });

  it("--json sets the JSON headers and POST; -G puts data in the query; -I is HEAD", () => {
    const json = ok(`curl --json '{"q":1}' https://api.example.com/search`);
    expect(json.method).toBe("POST");
    expect(json.headers).toContainEqual(["Content-Type", "application/json"]);
    const get = ok(`curl -G https://api.example.com/search -d q=cats -d limit=2`);
    expect(get.method).toBe("GET");
    expect(get.url).toBe("https://api.example.com/search?q=cats&limit=2");
    expect(get.body).toBeUndefined();
    expect(ok(`curl -I https://api.example.com/`).method).toBe("HEAD");
  });

  it("a shell prompt, a pipe and a comment do not end up in the request", () => {
    const r = ok(
      `$ curl https://api.example.com/v1/me -H "Authorization: Bearer abc" | jq . # look`,
    );
    expect(r.url).toBe("https://api.example.com/v1/me");
    expect(r.credential?.value).toBe("abc");
  });

  it("a double-quoted line break inside a header value is kept (it may be the bug)", () => {
    const r = ok(`curl https://api.example.com -H "Authorization: Bearer abc
"`);
    expect(r.credential?.value).toBe("abc\n");
  });

  it("files and forms are noted, not silently dropped", () => {
    const r = ok(`curl https://api.example.com/up -d @payload.json -F file=@a.png`);
    expect(r.notes.join(" ")).toMatch(/payload\.json/);
    expect(r.notes.join(" ")).toMatch(/-F/);
  });

  it("an unbalanced quote or no URL is an error in words", () => {
    const r = importRequest(`curl -H "Authorization: Bearer x"`);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/No URL/) });
  });
});

describe("raw HTTP requests", () => {
  it("origin-form with Host: https assumed, body after the blank line", () => {
    const r = ok(
      `POST /v1/embeddings HTTP/1.1\r\nHost: api.mistral.ai\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{"input": ["hello"]}`,
    );
    expect(r.format).toBe("http");
    expect(r.url).toBe("https://api.mistral.ai/v1/embeddings");
    expect(r.headers).toEqual([["Content-Type", "application/json"]]);
    expect(r.body).toBe('{"input": ["hello"]}');
    expect(r.credential?.value).toBe(KEY);
  });

  it(".http file variables ({{token}}) are variables", () => {
    const r = ok(`GET https://api.example.com/me HTTP/1.1\nAuthorization: Bearer {{token}}\n`);
    expect(r.credential).toMatchObject({ value: "", variable: "token" });
  });
});

describe("fetch(...) calls", () => {
  it("Chrome's Copy as fetch (JSON-shaped options)", () => {
    const r = ok(`fetch("https://api.example.com/v1/items", {
  "headers": {
    "accept": "application/json",
    "authorization": "Bearer ${KEY}"
  },
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});`);
    expect(r.format).toBe("fetch");
    expect(r.method).toBe("GET");
    expect(r.headers).toEqual([["accept", "application/json"]]);
    expect(r.credential).toMatchObject({ value: KEY, placement: "bearer" });
  });

  it("hand-written: unquoted keys, template literal with process.env, JSON.stringify body", () => {
    const r = ok(`const res = await fetch('https://api.groq.com/openai/v1/chat/completions', {
  method: 'POST',
  headers: {
    Authorization: \`Bearer \${process.env.GROQ_API_KEY}\`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({ model: "llama3", messages: [] }),
});`);
    expect(r.method).toBe("POST");
    expect(r.credential).toMatchObject({
      value: "",
      variable: "GROQ_API_KEY",
      placement: "bearer",
    });
    expect(JSON.parse(r.body ?? "")).toEqual({ model: "llama3", messages: [] });
    expect(r.variables).toEqual(["GROQ_API_KEY"]);
  });

  it('"Bearer " + apiKey concatenation is a variable', () => {
    const r = importRequest(`fetch(url, { headers: { "x-api-key": apiKey } })`);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/only literal values/) });
    const s = ok(
      `fetch("https://api.example.com/x", { headers: { Authorization: "Bearer " + apiKey } })`,
    );
    expect(s.credential).toMatchObject({ value: "", variable: "apiKey", placement: "bearer" });
  });
});

describe("recognition", () => {
  it.each([
    ["curl https://x.example", "curl"],
    ["  $ curl -s x", "curl"],
    ["await fetch('https://x')", "fetch"],
    ["GET /v1 HTTP/1.1\nHost: x", "http"],
    ["https://api.example.com/v1", undefined],
    ["api.example.com", undefined],
  ])("%j is %s", (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe("a command whose line breaks a single-line field dropped", () => {
  it("reads `\\  -H` as a continuation", () => {
    const r = ok(`curl https://api.example.com/v1 \\  -H "x-api-key: k1" \\  -d 'a=1'`);
    expect(r.credential).toMatchObject({ value: "k1", name: "x-api-key" });
    expect(r.body).toBe("a=1");
  });
});

describe("no second key left in clear in the imported URL", () => {
  const OTHER = "AIzaSyD0123456789abcdefghijklmnopqrstuv";

  it("a header key: a literal ?api_key= is left out with a note naming the parameter only", () => {
    const r = ok(
      `curl -H "Authorization: Bearer ${KEY}" "https://api.x.example/v1?a=1&api_key=${OTHER}#f"`,
    );
    expect(r.credential).toMatchObject({ value: KEY, placement: "bearer" });
    expect(r.url).toBe("https://api.x.example/v1?a=1#f");
    expect(r.notes.join(" ")).toContain("query parameter api_key was left out");
    expect(JSON.stringify(r.notes)).not.toContain(OTHER.slice(0, 6));
  });

  it("a query key: a second credential parameter goes too, a cursor and a variable stay", () => {
    const r = ok(
      `curl "https://api.x.example/v1?page_token=abc&key=${OTHER}&token=${KEY}&access_token=$TOKEN"`,
    );
    expect(r.credential).toMatchObject({ value: OTHER, placement: "query", name: "key" });
    expect(r.url).toBe("https://api.x.example/v1?page_token=abc&access_token=$TOKEN");
    expect(r.url).not.toContain(KEY.slice(8, 14));
  });

  it("user:password@ in the URL is a Basic credential, as curl sends it, and leaves the URL", () => {
    const r = ok(`curl "https://me:${encodeURIComponent(KEY)}@api.x.example/v1"`);
    expect(r.url).toBe("https://api.x.example/v1");
    expect(r.credential).toMatchObject({ value: `me:${KEY}`, placement: "basic" });
    const s = ok(`curl -H "x-api-key: k1" "https://me:${KEY}@api.x.example/v1"`);
    expect(s.url).toBe("https://api.x.example/v1");
    expect(s.credential).toMatchObject({ value: "k1" });
    expect(s.notes.join(" ")).toContain("user:password@ in the URL was left out");
  });
});

describe("an error never repeats pasted text that is not a method", () => {
  it("-X with a key in it: the error does not quote it", () => {
    const r = importRequest(`curl -X "${KEY}" https://api.x.example/v1`);
    expect(r).toEqual({ ok: false, error: "The method cannot be tested here." });
    expect(importRequest("curl -X CONNECT https://api.x.example/v1")).toEqual({
      ok: false,
      error: "The method CONNECT cannot be tested here.",
    });
  });
});

describe("every credential left out is said", () => {
  it("--oauth2-bearer beside a key header", () => {
    const r = ok(`curl https://api.x.example/v1 -H "x-api-key: k1" --oauth2-bearer ${KEY}`);
    expect(r.credential).toMatchObject({ value: "k1" });
    expect(r.notes.join(" ")).toContain("--oauth2-bearer token was left out");
    expect(r.notes.join(" ")).not.toContain(KEY.slice(8, 14));
  });
});
