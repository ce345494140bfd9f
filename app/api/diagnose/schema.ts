import { z } from "zod";
import type { DiagnoseInput } from "@/lib/probe/diagnose-input";
import { HTTP_METHODS } from "@/lib/probe/diagnose-input";
import { PROVIDER_IDS } from "@/lib/providers";
import { credentialHeader, isForbiddenHeader, withName } from "@/lib/providers/placement";
import { authPlacementSchema } from "@/lib/providers/schema";

/**
 * The POST /api/diagnose request (see docs/architecture.md, "The API"). Strict objects: an unknown field is an
 * error, not silently ignored. Messages never quote a value (it may be the key).
 */

export const MAX_REQUEST_BYTES = 128 * 1024;
const MAX_KEY_CHARS = 16 * 1024;
const MAX_BODY_CHARS = 32 * 1024;
const MAX_HEADERS = 32;
const MAX_HEADER_VALUE = 4 * 1024;

/** RFC 9110 §5.6.2 token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;

/** Headers the user may not set (for the key or otherwise): see isForbiddenHeader. */
export { isForbiddenHeader };

/**
 * Extra headers that always carry a credential. Cookie counts: a session cookie
 * authenticates as surely as a key, and a baseline that sends one is not credential-free.
 */
const CREDENTIAL_HEADERS = new Set(["authorization", "cookie"]);
const CREDENTIAL_HEADER_MESSAGE =
  "carries a credential: the key goes in through auth, and the test without a credential must send none";

const headerNameSchema = z
  .string()
  .regex(TOKEN, "must be an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)")
  .refine((name) => !isForbiddenHeader(name), "this header cannot be set here");

const headerValueSchema = z
  .string()
  .max(MAX_HEADER_VALUE, `must be at most ${MAX_HEADER_VALUE} characters`)
  .refine((v) => !/[\r\n\0]/.test(v), "must not contain line breaks or NUL");

/** Contiguous characters of the key a name may share by chance ("api-key" in a placeholder). */
const KEY_RUN = 12;

/** `name` contains KEY_RUN or more contiguous characters of the (trimmed) key. */
function holdsKeyRun(name: string, key: string): boolean {
  const secret = key.trim();
  if (secret.length < KEY_RUN || name.length < KEY_RUN) return false;
  for (let i = 0; i + KEY_RUN <= secret.length; i++) {
    if (name.includes(secret.slice(i, i + KEY_RUN))) return true;
  }
  return false;
}

export const authSchema = z.strictObject({
  placement: z.enum([...authPlacementSchema.options, "auto"]),
  name: z
    .string()
    .regex(TOKEN, "must be a header or parameter name (letters, digits and !#$%&'*+-.^_`|~)")
    .refine((name) => !isForbiddenHeader(name), "this header cannot carry the key")
    .optional(),
});

const FINGERPRINT = /^sha256:[0-9a-f]{8}$/;

/** What the wizard's environment step learned (fingerprint one-liner, echo check). */
export const environmentSchema = z.strictObject({
  fingerprintCheck: z
    .strictObject({
      printed: z.string().regex(FINGERPRINT, "must look like sha256:0123abcd"),
      // Accepted for older clients and ignored: the server decides from `printed` alone.
      matches: z.boolean().optional(),
      source: z.string().max(64).optional(),
    })
    .optional(),
  echo: z
    .array(
      z.strictObject({
        credential: z
          .strictObject({
            name: z.string().max(128),
            location: z.enum(["header", "query", "body"]),
            scheme: z.string().max(32).optional(),
            fingerprint: z.string().regex(FINGERPRINT, "must look like sha256:0123abcd"),
            length: z.number().int().min(0).max(1_000_000),
            findingKinds: z.array(z.string().max(40)).max(40),
          })
          .optional(),
        headerNames: z.array(z.string().max(128)).max(100),
        method: z.string().max(16),
        path: z.string().max(2048),
      }),
    )
    .max(20)
    .optional(),
});

export const diagnoseRequestSchema = z
  .strictObject({
    endpoint: z
      .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
      .max(4096)
      .optional(),
    method: z.enum(HTTP_METHODS).default("GET"),
    key: z.string().max(MAX_KEY_CHARS, `must be at most ${MAX_KEY_CHARS} characters`),
    auth: authSchema.optional(),
    headers: z
      // JSON.parse makes "__proto__" an own property, which a record would silently drop.
      .custom((v) => !(v && typeof v === "object" && Object.hasOwn(v, "__proto__")), {
        error: "this header cannot be set here",
      })
      .pipe(z.record(headerNameSchema, headerValueSchema))
      .refine((h) => Object.keys(h).length <= MAX_HEADERS, `at most ${MAX_HEADERS} headers`)
      .optional(),
    body: z.string().max(MAX_BODY_CHARS, `must be at most ${MAX_BODY_CHARS} characters`).optional(),
    provider: z.enum(PROVIDER_IDS).optional(),
    tryVariants: z.boolean().default(true),
    environment: environmentSchema.optional(),
  })
  .superRefine((request, ctx) => {
    if (request.body !== undefined && (request.method === "GET" || request.method === "HEAD")) {
      ctx.addIssue({
        code: "custom",
        path: ["body"],
        message: "a GET or HEAD request has no body",
      });
    }
    const auth = request.auth;
    const named = auth?.placement === "header" || auth?.placement === "query";
    if (auth && named && !auth.name) {
      ctx.addIssue({
        code: "custom",
        path: ["auth", "name"],
        message: `is required for "${auth.placement}"`,
      });
    }
    // The name is sent as a header or parameter name and quoted in every probe's
    // description and the report, none of which redacts it: a key typed there is refused.
    if (auth?.name && holdsKeyRun(auth.name, request.key)) {
      ctx.addIssue({
        code: "custom",
        path: ["auth", "name"],
        message:
          "holds the key (or part of it): the key goes in the key field, the name is where it is sent",
      });
    }
    // A credential among the extra headers would ride along on every probe, the
    // no-credential baseline included: the key goes in through `auth` only.
    for (const name of Object.keys(request.headers ?? {})) {
      if (CREDENTIAL_HEADERS.has(name.toLowerCase())) {
        ctx.addIssue({
          code: "custom",
          path: ["headers", name],
          message: CREDENTIAL_HEADER_MESSAGE,
        });
      }
    }
    // Only the placement's own header may carry the key; a second copy of it in `headers`
    // would make the probe ambiguous.
    const carrier =
      auth && auth.placement !== "auto" && (!named || auth.name)
        ? credentialHeader(withName(auth.placement, auth.name))
        : undefined;
    if (carrier && request.headers) {
      for (const name of Object.keys(request.headers)) {
        if (name.toLowerCase() === carrier) {
          ctx.addIssue({
            code: "custom",
            path: ["headers"],
            message: "one of these headers already carries the key (see auth)",
          });
        }
      }
    }
  });

export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;

// The route hands the parsed request to lib/probe as is.
const _assignable: (r: DiagnoseRequest) => DiagnoseInput = (r) => r;
void _assignable;
