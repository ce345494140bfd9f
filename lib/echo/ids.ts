/** Capture URL ids: 128 random bits, base64url (22 characters), unguessable. */
export function newEchoId(): string {
  return base64url(randomBytes(16));
}

/** A capture's own id: only has to be unique within its session. */
export function newCaptureId(): string {
  return base64url(randomBytes(6));
}

export function isEchoId(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
