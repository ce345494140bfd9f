import { describe, expect, it } from "vitest";
import { isAddressAllowed } from "@/lib/probe/address-policy";
import { isRefusedLiteral } from "@/lib/probe/agent";
import { checkTarget } from "@/lib/probe/target-guard";

/**
 * With private targets allowed, loopback and RFC 1918 pass, but a metadata address must
 * stay refused however an IPv6 address carries it.
 */
const METADATA_IN_V6 = [
  "64:ff9b::a9fe:a9fe", // NAT64 well-known prefix
  "64:ff9b::169.254.169.254",
  "64:ff9b::6464:64c8", // Alibaba's 100.100.100.200 inside NAT64
  "64:ff9b:1:a9fe:a9fe::", // local-use NAT64, /48
  "64:ff9b:1:a9:fe:a9fe::", // local-use NAT64, /56
  "64:ff9b:1::a9fe:a9fe", // local-use NAT64, /96
  "2002:a9fe:a9fe::1", // 6to4
  "::a9fe:a9fe", // IPv4-compatible
  "::ffff:0:a9fe:a9fe", // IPv4-translated
  "::ffff:a9fe:a9fe", // IPv4-mapped
  "2001:0:a9fe:a9fe::1", // Teredo server
  "2001:0:4136:e378:8000:63bf:5601:5601", // Teredo client (a9fe:a9fe XOR ffff:ffff)
];

describe("IPv4 embedded in IPv6", () => {
  it.each(METADATA_IN_V6)("%s is refused even with private targets allowed", (address) => {
    expect(isAddressAllowed(address, true)).toBe(false);
    expect(isAddressAllowed(address, false)).toBe(false);
    expect(isRefusedLiteral(`[${address}]`, true)).toBe(true);
    expect(checkTarget(`http://[${address}]/`, { allowPrivate: true }).ok).toBe(false);
  });

  it("the same embeddings of an ordinary private address still pass when allowed", () => {
    for (const address of [
      "64:ff9b::a00:1",
      "2002:a00:1::1",
      "::ffff:0:a00:1",
      "64:ff9b:1::a00:1",
    ]) {
      expect(isAddressAllowed(address, true), address).toBe(true);
    }
  });
});
