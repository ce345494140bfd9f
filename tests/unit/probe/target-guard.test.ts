import { describe, expect, it } from "vitest";
import { isAddressAllowed } from "@/lib/probe/address-policy";
import { checkTarget } from "@/lib/probe/target-guard";

describe("isAddressAllowed", () => {
  const PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"];
  const REFUSED = [
    "127.0.0.1",
    "0.0.0.0",
    "10.1.2.3",
    "172.31.255.255",
    "192.168.0.1",
    "100.64.0.1",
    "169.254.169.254",
    "168.63.129.16",
    "192.0.0.192",
    "198.18.0.1",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::7f00:1",
    "::ffff:7f00:1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::7f00:1",
    "64:ff9b::808:808",
    "2002:7f00:1::",
    "2001:db8::1",
    "fc00::1",
    "fd00:ec2::254",
    "fe80::1",
    "ff02::1",
    "not an address",
  ];
  it.each(PUBLIC)("allows public %s", (a) => expect(isAddressAllowed(a, false)).toBe(true));
  it.each(REFUSED)("refuses %s", (a) => expect(isAddressAllowed(a, false)).toBe(false));

  it.each(["127.0.0.1", "10.0.0.1", "::1", "fc00::1"])(
    "allows private %s when private targets are on",
    (a) => expect(isAddressAllowed(a, true)).toBe(true),
  );
  it.each(["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "168.63.129.16", "fe80::1"])(
    "refuses metadata %s even then",
    (a) => expect(isAddressAllowed(a, true)).toBe(false),
  );
});

describe("checkTarget", () => {
  const open = { allowPrivate: false };
  it.each([
    ["https://api.openai.com/v1/models", "api.openai.com"],
    ["https://API.OpenAI.com./v1/models", "api.openai.com"],
    ["http://8.8.8.8:8080/x", "8.8.8.8"],
  ])("accepts %s", (endpoint, host) => {
    const result = checkTarget(endpoint, open);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.url.hostname).toBe(host);
  });

  it.each([
    "ftp://example.com/",
    "http://user@example.com/",
    "http://:pw@example.com/",
    "http://localhost/",
    "http://localhost./",
    "http://a.localhost/",
    "http://db.internal/",
    "http://printer.local/",
    "http://intranet/",
    "http://metadata/",
    "http://instance-data/",
    "http://metadata.google.internal/",
    "http://[::1]/",
    "http://2130706433/",
    "http://0x7f.1/",
    "not a url",
  ])("refuses %s", (endpoint) => expect(checkTarget(endpoint, open)).toEqual({ ok: false }));

  it("drops the fragment and keeps the query for the probes", () => {
    const result = checkTarget("https://api.example.com/v1?x=1#frag", open);
    expect(result.ok && result.url.toString()).toBe("https://api.example.com/v1?x=1");
  });

  it("allow-list mode: exact names, *.suffix and ports", () => {
    const policy = {
      allowPrivate: false,
      allowedHosts: ["api.example.com", "*.corp.example", "gw.example.org:8443"],
    };
    expect(checkTarget("https://api.example.com/", policy).ok).toBe(true);
    expect(checkTarget("https://a.b.corp.example/", policy).ok).toBe(true);
    expect(checkTarget("https://corp.example/", policy).ok).toBe(false);
    expect(checkTarget("https://gw.example.org:8443/", policy).ok).toBe(true);
    expect(checkTarget("https://gw.example.org/", policy).ok).toBe(false);
    expect(checkTarget("https://evil.example/", policy).ok).toBe(false);
    expect(checkTarget("https://api.example.com.evil.example/", policy).ok).toBe(false);
  });

  it("private mode allows intranet names but not metadata names", () => {
    const priv = { allowPrivate: true };
    expect(checkTarget("http://api.corp.internal/", priv).ok).toBe(true);
    expect(checkTarget("http://localhost:8080/", priv).ok).toBe(true);
    expect(checkTarget("http://metadata.google.internal/", priv).ok).toBe(false);
  });
});
