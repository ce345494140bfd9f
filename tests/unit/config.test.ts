import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";

describe("configuration", () => {
  it("has working defaults", () => {
    const r = parseConfig({});
    expect(r).toEqual({
      ok: true,
      config: expect.objectContaining({
        PORT: 3000,
        WHY401_DATA_DIR: "./data",
        WHY401_RATE_LIMIT_PER_MINUTE: 20,
        WHY401_ALLOW_PRIVATE_TARGETS: false,
        WHY401_TRUST_PROXY: false,
      }),
    });
  });

  it.each([
    ["WHY401_RATE_LIMIT_PER_MINUTE", "abc", /WHY401_RATE_LIMIT_PER_MINUTE accepts a whole number/],
    ["WHY401_RATE_LIMIT_PER_MINUTE", "-1", /WHY401_RATE_LIMIT_PER_MINUTE/],
    ["PORT", "70000", /PORT accepts a whole number from 1 to 65535/],
    ["PORT", "http", /PORT accepts/],
    [
      "WHY401_ALLOW_PRIVATE_TARGETS",
      "yes",
      /WHY401_ALLOW_PRIVATE_TARGETS accepts 1, 0, true or false/,
    ],
    ["WHY401_TRUST_PROXY", "2", /WHY401_TRUST_PROXY accepts/],
    ["DATABASE_URL", "mysql://u:p@h/db", /DATABASE_URL accepts a postgres:\/\//],
    ["WHY401_ALLOWED_HOSTS", "http://x/", /WHY401_ALLOWED_HOSTS accepts/],
  ])("%s=%s stops start-up with one line naming the variable", (name, value, expected) => {
    const r = parseConfig({ [name]: value });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(expected);
    expect(r.message).toMatch(/^why401: invalid configuration: /);
    expect(r.message).not.toContain("\n");
  });

  it("never repeats a bad DATABASE_URL (it may hold a password)", () => {
    const r = parseConfig({ DATABASE_URL: "mysql://user:s3cret-pass@db/x" });
    expect(r.ok || r.message.includes("s3cret")).toBe(false);
  });

  it("parses flags, the allow-list and the rate limit", () => {
    const r = parseConfig({
      WHY401_ALLOW_PRIVATE_TARGETS: "1",
      WHY401_TRUST_PROXY: "true",
      WHY401_RATE_LIMIT_PER_MINUTE: "0",
      WHY401_ALLOWED_HOSTS: "api.example.com, *.corp.example",
      DATABASE_URL: "postgres://u@127.0.0.1:5432/db",
    });
    expect(r.ok && r.config).toMatchObject({
      WHY401_ALLOW_PRIVATE_TARGETS: true,
      WHY401_TRUST_PROXY: true,
      WHY401_RATE_LIMIT_PER_MINUTE: 0,
      WHY401_ALLOWED_HOSTS: ["api.example.com", "*.corp.example"],
    });
  });
});
