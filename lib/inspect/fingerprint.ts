const encoder = new TextEncoder();

/**
 * "sha256:" + the first 8 hex digits of SHA-256 over the UTF-8 bytes. WebCrypto, so the
 * browser, the server and `printf %s "$KEY" | sha256sum | cut -c1-8` all agree.
 */
/** Which form of the pasted key a printed fingerprint matched. */
export interface FingerprintMatch {
  matches: boolean;
  /** "cleaned": the running app holds the key without the stray characters of the paste. */
  matchedForm?: "pasted" | "cleaned";
}

/**
 * Compares a fingerprint a running process printed with the pasted key and its cleaned
 * forms (trimmed, line break removed, fully cleaned): an app that holds the key without
 * the paste's trailing newline is not running with another key.
 */
export async function judgeFingerprint(
  raw: string,
  cleaned: string,
  printed: string,
): Promise<FingerprintMatch> {
  const wanted = printed.trim().toLowerCase();
  if (wanted === (await fingerprintKey(raw))) return { matches: true, matchedForm: "pasted" };
  const forms = new Set([raw.trim(), raw.replace(/[\r\n]+$/, ""), cleaned]);
  forms.delete(raw);
  for (const form of forms) {
    if (form !== "" && wanted === (await fingerprintKey(form))) {
      return { matches: true, matchedForm: "cleaned" };
    }
  }
  return { matches: false };
}

export async function fingerprintKey(raw: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(raw));
  const bytes = new Uint8Array(digest, 0, 4);
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return `sha256:${hex}`;
}
