import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { publicOrigin } from "@/lib/echo/request-meta";

describe("the hardening variables", () => {
  it("have their defaults", () => {
    const r = parseConfig({});
    expect(r.ok && r.config).toMatchObject({
      WHY401_MAX_CONCURRENT_DIAGNOSES: 64,
      WHY401_SHARE_STORAGE_MB: 1024,
      WHY401_REQUEST_TIMEOUT_SECONDS: 30,
      WHY401_MAX_CONNECTIONS: 1024,
    });
    expect(r.ok && r.config.WHY401_PUBLIC_URL).toBeUndefined();
    expect(r.ok && r.config.WHY401_DNS_SERVERS).toBeUndefined();
  });

  it("parse what they accept", () => {
    const r = parseConfig({
      WHY401_MAX_CONCURRENT_DIAGNOSES: "8",
      WHY401_SHARE_STORAGE_MB: "50",
      WHY401_PUBLIC_URL: "https://why401.example.com/",
      WHY401_DNS_SERVERS: "127.0.0.1:5353, 1.1.1.1",
      WHY401_REQUEST_TIMEOUT_SECONDS: "5",
      WHY401_MAX_CONNECTIONS: "100",
    });
    expect(r.ok && r.config).toMatchObject({
      WHY401_MAX_CONCURRENT_DIAGNOSES: 8,
      WHY401_SHARE_STORAGE_MB: 50,
      WHY401_PUBLIC_URL: "https://why401.example.com",
      WHY401_DNS_SERVERS: ["127.0.0.1:5353", "1.1.1.1"],
      WHY401_REQUEST_TIMEOUT_SECONDS: 5,
      WHY401_MAX_CONNECTIONS: 100,
    });
  });

  it.each([
    ["WHY401_MAX_CONCURRENT_DIAGNOSES", "0"],
    ["WHY401_MAX_CONCURRENT_DIAGNOSES", "lots"],
    ["WHY401_SHARE_STORAGE_MB", "-5"],
    ["WHY401_PUBLIC_URL", "why401.example.com"],
    ["WHY401_PUBLIC_URL", "https://why401.example.com/path"],
    ["WHY401_DNS_SERVERS", "dns.google"],
    ["WHY401_REQUEST_TIMEOUT_SECONDS", "0"],
    ["WHY401_MAX_CONNECTIONS", "x"],
  ])("%s=%s stops start-up with one line naming it", (name, value) => {
    const r = parseConfig({ [name]: value });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(new RegExp(`^why401: invalid configuration: ${name} accepts`));
    expect(r.message).not.toContain("\n");
  });
});

describe("publicOrigin with WHY401_PUBLIC_URL", () => {
  it("wins over the Host and any forwarded header, trusted or not", () => {
    const request = new Request("http://10.0.0.5:3000/api/echo", {
      method: "POST",
      headers: {
        host: "evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
      },
    });
    expect(publicOrigin(request, false, "https://why401.example.com")).toBe(
      "https://why401.example.com",
    );
    expect(publicOrigin(request, true, "https://why401.example.com")).toBe(
      "https://why401.example.com",
    );
  });
});
