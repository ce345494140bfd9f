import { z } from "zod";

/**
 * What the echo check keeps of one request. Nothing in here is key material: a
 * credential is kept as its name, where it was, its scheme, a 32-bit fingerprint, its
 * length and the kinds of problems inspection found. Values, bodies and query values
 * are never stored.
 */

const credentialLocationSchema = z.enum(["header", "query", "body"]);
export type CredentialLocation = z.infer<typeof credentialLocationSchema>;

/** Why a field was treated as a credential. */
const credentialReasonSchema = z.enum([
  "known_header", // Authorization, X-API-Key, api-key, PRIVATE-TOKEN…
  "name", // the name says key, token, secret, auth or password
  "value", // the value looks like a key (a provider format, a JWT, a long random token)
]);
export type CredentialReason = z.infer<typeof credentialReasonSchema>;

const fingerprintSchema = z.string().regex(/^sha256:[0-9a-f]{8}$/);

const capturedCredentialSchema = z.object({
  /** Header names lower-case; query parameter names as sent; body fields as a dotted path. */
  name: z.string().max(80),
  location: credentialLocationSchema,
  /** "Bearer", "Basic", "token", another scheme word as sent, or "none". */
  scheme: z.string().max(40),
  /** For Basic: which half of user:password was taken as the key. */
  basicPart: z.enum(["user", "password"]).optional(),
  /** fingerprintKey of the credential after the scheme, i.e. as it would be the pasted key. */
  fingerprint: fingerprintSchema,
  /** For Basic with a user and a password: fingerprintKey of the whole `user:password`. */
  pairFingerprint: fingerprintSchema.optional(),
  /** fingerprintKey of what inspection would clean it to, when that differs. */
  cleanedFingerprint: fingerprintSchema.optional(),
  length: z.number().int().nonnegative(),
  findingKinds: z.array(z.string()),
  /** Providers whose key format the credential matches (ids only). */
  providerIds: z.array(z.string()),
  reason: credentialReasonSchema,
});
export type CapturedCredential = z.infer<typeof capturedCredentialSchema>;

export const echoCaptureSchema = z.object({
  id: z.string(),
  receivedAt: z.number(),
  method: z.string(),
  /** Relative to the capture URL, query values (and key-like segments) redacted. */
  path: z.string(),
  /** Lower-case, in arrival order, each once. */
  headerNames: z.array(z.string()),
  credentials: z.array(capturedCredentialSchema),
  /** Size and type only: the body itself is never kept. */
  body: z
    .object({
      size: z.number().int().nonnegative(),
      contentType: z.string().optional(),
      /** More than the cap arrived; only the cap was read (or nothing, if declared too large). */
      truncated: z.boolean(),
    })
    .nullable(),
  /** A CORS preflight: browsers never send credentials on these. */
  preflight: z.boolean(),
});
export type EchoCapture = z.infer<typeof echoCaptureSchema>;

export const echoSessionCreatedSchema = z.object({
  id: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type EchoSessionCreated = z.infer<typeof echoSessionCreatedSchema>;

export const echoCaptureListSchema = z.object({
  captures: z.array(echoCaptureSchema),
  expiresAt: z.string(),
});
export type EchoCaptureList = z.infer<typeof echoCaptureListSchema>;
