import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintKey } from "@/lib/inspect";

function nodeFingerprint(raw: string): string {
  return `sha256:${createHash("sha256").update(raw, "utf8").digest("hex").slice(0, 8)}`;
}

describe("fingerprintKey", () => {
  it("equals node:crypto SHA-256 over the UTF-8 bytes for any Unicode string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 64 }), async (raw) => {
        expect(await fingerprintKey(raw)).toBe(nodeFingerprint(raw));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with node:crypto on lone surrogates (both encode them as U+FFFD)", async () => {
    for (const raw of ["\uD800", "sk-\uDC00abc", "a\uD83D"]) {
      expect(await fingerprintKey(raw)).toBe(nodeFingerprint(raw));
    }
  });

  it("has the shape sha256: + 8 lowercase hex digits", async () => {
    expect(await fingerprintKey("sk-proj-abc")).toMatch(/^sha256:[0-9a-f]{8}$/);
  });

  it("fingerprints the raw paste: a trailing newline gives another fingerprint", async () => {
    expect(await fingerprintKey("sk-test\n")).not.toBe(await fingerprintKey("sk-test"));
  });
});
