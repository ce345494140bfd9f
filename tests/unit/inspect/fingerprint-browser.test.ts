// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { fingerprintKey } from "@/lib/inspect";

/**
 * The wizard computes the fingerprint in the browser and the server computes it again;
 * the two must agree byte for byte. The expected values come from `sha256sum`.
 */
describe("fingerprintKey in a browser environment", () => {
  it("runs where a browser runs it", () => {
    expect(typeof window).toBe("object");
    expect(typeof globalThis.crypto.subtle.digest).toBe("function");
  });

  it.each([
    // printf %s 'hello' | sha256sum
    ["hello", "sha256:2cf24dba"],
    // printf %s '' | sha256sum
    ["", "sha256:e3b0c442"],
    // printf '%s\n' 'sk-test' | sha256sum: the trailing newline changes the fingerprint
    ["sk-test\n", "sha256:fe256ee1"],
    // UTF-8, not UTF-16: printf %s 'ключ' | sha256sum
    ["ключ", "sha256:1de36a32"],
  ])("fingerprint of %j is %s", async (raw, expected) => {
    expect(await fingerprintKey(raw)).toBe(expected);
  });
});
