import { z } from "zod";
import { decodedLength } from "@/lib/share/base64url";
import { MAX_CIPHERTEXT_BYTES, SHARE_TTL_DAYS } from "@/lib/share/ids";

/** base64url of a 12-byte IV is exactly 16 characters. */
const ivSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "must be 12 bytes of base64url");

// At least the 16-byte GCM tag; length % 4 === 1 never comes out of an encoder.
const ciphertextSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, "must be base64url")
  .refine((s) => s.length % 4 !== 1 && decodedLength(s.length) >= 16, "must be base64url");

export const createShareSchema = z.strictObject({
  ciphertext: ciphertextSchema,
  iv: ivSchema,
  ttlDays: z.literal(SHARE_TTL_DAYS, { error: () => "must be 1, 7 or 30" }),
});

/** The body cap: the ciphertext cap in base64url plus room for the other fields. */
export const MAX_CIPHERTEXT_CHARS = Math.ceil((MAX_CIPHERTEXT_BYTES * 4) / 3);
export const MAX_SHARE_BODY_BYTES = MAX_CIPHERTEXT_CHARS + 1024;
