const encoder = new TextEncoder();

/**
 * "sha256:" + the first 8 hex digits of SHA-256 over the UTF-8 bytes. WebCrypto, so the
 * browser, the server and `printf %s "$KEY" | sha256sum | cut -c1-8` all agree.
 */
export async function fingerprintKey(raw: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(raw));
  const bytes = new Uint8Array(digest, 0, 4);
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return `sha256:${hex}`;
}
