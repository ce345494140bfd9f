import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/echo/request-meta";

const forwarded = {
  host: "10.0.0.5:3000",
  "x-forwarded-host": "why401.example",
  "x-forwarded-proto": "https",
};

describe("publicOrigin", () => {
  it.each([
    {
      name: "direct: the Host header",
      trust: false,
      headers: { host: "localhost:3103" },
      origin: "http://localhost:3103",
    },
    {
      name: "untrusted forwarded headers are ignored",
      trust: false,
      headers: forwarded,
      origin: "http://10.0.0.5:3000",
    },
    {
      name: "trusted forwarded headers are used",
      trust: true,
      headers: forwarded,
      origin: "https://why401.example",
    },
    {
      name: "the first of several forwarded values",
      trust: true,
      headers: {
        ...forwarded,
        "x-forwarded-host": "a.example, b.example",
        "x-forwarded-proto": "https, http",
      },
      origin: "https://a.example",
    },
    {
      name: "a forged host with a path or user-info falls back to the URL's host",
      trust: true,
      headers: {
        ...forwarded,
        "x-forwarded-host": "evil.example/x@y",
        "x-forwarded-proto": "javascript",
      },
      origin: "http://10.0.0.5:3000",
    },
  ])("$name", ({ trust, headers, origin }) => {
    const request = new Request("http://10.0.0.5:3000/api/echo", { method: "POST", headers });
    expect(publicOrigin(request, trust)).toBe(origin);
  });
});
