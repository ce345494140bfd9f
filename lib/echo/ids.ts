import { toBase64Url } from "@/lib/share/base64url";
import { isShareId } from "@/lib/share/ids";

/** Capture URL ids: 128 random bits, base64url (22 characters), unguessable, like share ids. */
export function newEchoId(): string {
  return toBase64Url(randomBytes(16));
}

/** A capture's own id: only has to be unique within its session. */
export function newCaptureId(): string {
  return toBase64Url(randomBytes(6));
}

/** Same shape as a share id (16 bytes of base64url). */
export const isEchoId = isShareId;

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
