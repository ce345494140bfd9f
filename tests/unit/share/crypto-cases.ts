import { expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "@/lib/share/base64url";
import {
  decryptShare,
  encryptShare,
  keyFromHash,
  SHARE_FORMAT,
  shareLink,
} from "@/lib/share/crypto";

/** The crypto contract, run in node and in jsdom (the browser-like environment). */
export function cryptoCases(): void {
  const report = { version: 1, causes: [{ id: "wrong_auth_header" }], note: "ünïcödé ✓" };

  async function sealed() {
    const r = await encryptShare(report);
    if (!r.ok) throw new Error(`encrypt failed: ${r.reason}`);
    return r;
  }

  it("round-trips: a 32-byte key, a 12-byte IV, ciphertext = plaintext + 16-byte tag", async () => {
    const r = await sealed();
    expect(fromBase64Url(r.key)?.length).toBe(32);
    expect(fromBase64Url(r.sealed.iv)?.length).toBe(12);
    const plainBytes = new TextEncoder().encode(JSON.stringify(report)).length;
    expect(fromBase64Url(r.sealed.ciphertext)?.length).toBe(plainBytes + 16);
    expect(r.sealed.ciphertext).not.toContain("wrong_auth_header");
    expect(await decryptShare(r.sealed, r.key)).toEqual({ ok: true, value: report });
  });

  it("uses a fresh key and IV every time", async () => {
    const [a, b] = [await sealed(), await sealed()];
    expect(a.key).not.toBe(b.key);
    expect(a.sealed.iv).not.toBe(b.sealed.iv);
  });

  it("detects a flipped bit anywhere in the ciphertext or the IV", async () => {
    const r = await sealed();
    const bytes = fromBase64Url(r.sealed.ciphertext)!;
    for (const index of [0, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const flipped = bytes.slice();
      flipped[index] = (flipped[index] ?? 0) ^ 0x01;
      const out = await decryptShare({ ...r.sealed, ciphertext: toBase64Url(flipped) }, r.key);
      expect(out).toEqual({ ok: false, reason: "wrong_key_or_tampered" });
    }
    const iv = fromBase64Url(r.sealed.iv)!;
    iv[0] = (iv[0] ?? 0) ^ 0x80;
    expect(await decryptShare({ ...r.sealed, iv: toBase64Url(iv) }, r.key)).toEqual({
      ok: false,
      reason: "wrong_key_or_tampered",
    });
  });

  it("refuses a wrong key, a wrong format version, a missing or malformed key", async () => {
    const r = await sealed();
    const other = await sealed();
    expect(await decryptShare(r.sealed, other.key)).toEqual({
      ok: false,
      reason: "wrong_key_or_tampered",
    });
    expect(await decryptShare(r.sealed, r.key, "why401-share-v2")).toEqual({
      ok: false,
      reason: "wrong_key_or_tampered",
    });
    const v2 = await encryptShare(report, "why401-share-v2");
    if (!v2.ok) throw new Error("encrypt failed");
    expect((await decryptShare(v2.sealed, v2.key)).ok).toBe(false);
    expect(await decryptShare(r.sealed, undefined)).toEqual({ ok: false, reason: "missing_key" });
    expect(await decryptShare(r.sealed, "")).toEqual({ ok: false, reason: "missing_key" });
    expect(await decryptShare(r.sealed, r.key.slice(0, 20))).toEqual({
      ok: false,
      reason: "malformed_key",
    });
    expect(await decryptShare(r.sealed, `${r.key.slice(0, -1)}+`)).toEqual({
      ok: false,
      reason: "malformed_key",
    });
    expect(await decryptShare({ ...r.sealed, iv: "short" }, r.key)).toEqual({
      ok: false,
      reason: "malformed_data",
    });
  });

  it("binds the format version as additional data", () => {
    expect(SHARE_FORMAT).toBe("why401-share-v1");
  });

  it("puts the key in the fragment only, and reads it back", async () => {
    const r = await sealed();
    const link = new URL(shareLink("https://why401.example", "AbCdEfGhIjKlMnOpQrStUv", r.key));
    expect(link.pathname).toBe("/r/AbCdEfGhIjKlMnOpQrStUv");
    expect(link.search).toBe("");
    expect(link.href.split("#")[0]).not.toContain(r.key);
    expect(keyFromHash(link.hash)).toBe(r.key);
    expect(keyFromHash("")).toBeUndefined();
    expect(keyFromHash("#k=")).toBeUndefined();
    expect(keyFromHash("#x=1&k=abc")).toBe("abc");
  });

  it("base64url round-trips every byte value and rejects non-canonical text", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const n of [0, 1, 2, 3, 255, 256]) {
      const slice = all.slice(0, n);
      const text = toBase64Url(slice);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(slice);
    }
    expect(fromBase64Url("abc=")).toBeUndefined();
    expect(fromBase64Url("a")).toBeUndefined();
    expect(fromBase64Url("a/b+")).toBeUndefined();
  });
}
