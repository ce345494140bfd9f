import { fromBase64Url, toBase64Url } from "./base64url";

/**
 * End-to-end encryption of a shared report, in the browser (pure WebCrypto; no node:*).
 * The key goes in the link's fragment (`/r/<id>#k=<key>`) in order to never send it to
 * the server: browsers do not send fragments, and the share pages set no-referrer.
 * AES-256-GCM, a fresh random key and 12-byte IV per share, and additional data that
 * binds the format version, so a v1 ciphertext can never be read as another format.
 * Results are tagged values, never exceptions: a bad link is an answer, not a crash.
 */
export const SHARE_FORMAT = "why401-share-v1";
const IV_BYTES = 12;
const KEY_BYTES = 32;

export interface SealedShare {
  /** base64url AES-GCM output (ciphertext with its 16-byte tag). */
  ciphertext: string;
  /** base64url, 12 bytes. */
  iv: string;
}

type EncryptResult =
  | { ok: true; sealed: SealedShare; key: string }
  | { ok: false; reason: "unavailable" | "failed" };

export type DecryptFailure =
  | "missing_key" // no #k= in the link
  | "malformed_key" // #k= is not 32 bytes of base64url
  | "malformed_data" // the stored ciphertext or IV does not decode
  | "wrong_key_or_tampered" // GCM authentication failed: the two are indistinguishable by design
  | "unreadable" // decrypted, but not the JSON we wrote
  | "unavailable"; // no WebCrypto (an insecure context)

type DecryptResult = { ok: true; value: unknown } | { ok: false; reason: DecryptFailure };

function subtle(): SubtleCrypto | undefined {
  return globalThis.crypto?.subtle;
}

function additionalData(format: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(format);
}

/** Encrypts `value` as JSON under a fresh key. `format` is only overridden by tests. */
export async function encryptShare(value: unknown, format = SHARE_FORMAT): Promise<EncryptResult> {
  const s = subtle();
  if (!s) return { ok: false, reason: "unavailable" };
  try {
    const key = await s.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const plaintext = new TextEncoder().encode(JSON.stringify(value));
    const ciphertext = await s.encrypt(
      { name: "AES-GCM", iv, additionalData: additionalData(format) },
      key,
      plaintext,
    );
    const raw = await s.exportKey("raw", key);
    return {
      ok: true,
      sealed: { ciphertext: toBase64Url(new Uint8Array(ciphertext)), iv: toBase64Url(iv) },
      key: toBase64Url(new Uint8Array(raw)),
    };
  } catch {
    return { ok: false, reason: "failed" };
  }
}

export async function decryptShare(
  sealed: SealedShare,
  key: string | undefined,
  format = SHARE_FORMAT,
): Promise<DecryptResult> {
  if (!key) return { ok: false, reason: "missing_key" };
  const s = subtle();
  if (!s) return { ok: false, reason: "unavailable" };
  const rawKey = fromBase64Url(key);
  if (!rawKey || rawKey.length !== KEY_BYTES) return { ok: false, reason: "malformed_key" };
  const iv = fromBase64Url(sealed.iv);
  const data = fromBase64Url(sealed.ciphertext);
  if (!iv || iv.length !== IV_BYTES || !data) return { ok: false, reason: "malformed_data" };

  let plaintext: ArrayBuffer;
  try {
    const cryptoKey = await s.importKey("raw", rawKey, { name: "AES-GCM" }, false, ["decrypt"]);
    plaintext = await s.decrypt(
      { name: "AES-GCM", iv, additionalData: additionalData(format) },
      cryptoKey,
      data,
    );
  } catch {
    return { ok: false, reason: "wrong_key_or_tampered" };
  }
  try {
    return {
      ok: true,
      value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext)),
    };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

/** The link a teammate opens. The key rides in the fragment only. */
export function shareLink(origin: string, id: string, key: string): string {
  return `${origin}/r/${encodeURIComponent(id)}#k=${key}`;
}

/** Reads `k` from a location hash such as "#k=…"; undefined when absent or empty. */
export function keyFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  return params.get("k") || undefined;
}
