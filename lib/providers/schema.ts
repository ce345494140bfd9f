import { z } from "zod";
import { PROVIDER_IDS } from "./ids";

/**
 * The provider catalog's shape. Catalog entries are data, validated with this schema
 * (a unit test and the build both parse the catalog), so a typo in a regex or a
 * missing field fails loudly instead of misdiagnosing someone's key.
 */

const keyKindSchema = z.enum([
  "secret", // a full secret API key
  "publishable", // a public/publishable key (Stripe pk_)
  "restricted", // a restricted/limited secret key (Stripe rk_)
  "admin", // an admin/organisation key (OpenAI sk-admin-, Anthropic sk-ant-admin)
  "project", // a project-scoped key (OpenAI sk-proj-)
  "service_account", // OpenAI sk-svcacct-
  "key_id", // an identifier that is not the secret (SendGrid key id, Twilio SK sid, AWS AKIA)
  "account_id", // an account identifier (Twilio AC sid)
  "token", // a user/API token (GitHub ghp_, Slack xoxb-, Cloudflare API token)
  "oauth_token", // an OAuth access token
  "global_key", // a legacy global key (Cloudflare Global API Key)
  "application_key", // Datadog application key (not an API key)
]);
export type KeyKind = z.infer<typeof keyKindSchema>;

export const authPlacementSchema = z.enum(["bearer", "authorization", "header", "query", "basic"]);

const namedPlacement = <P extends "header" | "query">(placement: P) =>
  z.object({
    placement: z.literal(placement),
    name: z
      .string({ error: `a ${placement} placement needs a name` })
      .min(1, `a ${placement} placement needs a name`),
  });
const barePlacement = <P extends "bearer" | "authorization" | "basic">(placement: P) =>
  z.object({ placement: z.literal(placement) });

/** A concrete placement; `header` and `query` must name their header or parameter. */
export const resolvedAuthSchema = z.discriminatedUnion("placement", [
  barePlacement("bearer"),
  barePlacement("authorization"),
  barePlacement("basic"),
  namedPlacement("header"),
  namedPlacement("query"),
]);

/**
 * Another placement the provider accepts, optionally only for some kinds of key: Anthropic
 * takes an OAuth token as Bearer, but an API key only in x-api-key.
 */
const alternativeAuthSchema = z.intersection(
  resolvedAuthSchema,
  z.object({ keyKinds: z.array(keyKindSchema).optional() }),
);
export type AlternativeAuth = z.infer<typeof alternativeAuthSchema>;

const keyFormatSchema = z.object({
  id: z.string(), // e.g. "openai-project"
  kind: keyKindSchema,
  /** Anchored regex source (^…$) that a well-formed key of this kind matches. */
  pattern: z
    .string()
    .refine((s) => s.startsWith("^") && s.endsWith("$"), "key format patterns must be anchored"),
  /** A distinctive prefix, used to recognise a truncated key ("sk-proj-" then too short). */
  prefix: z.string().optional(),
  minLength: z.number().int().positive(),
  maxLength: z.number().int().positive(),
  /** Is this the kind the API endpoints accept as a credential? false for key ids, publishable keys… */
  usableAsCredential: z.boolean(),
  description: z.string(),
  /**
   * 0..100, higher ranks first in `providersForKey`. Optional: by default a format with a
   * distinctive prefix ranks 50 + the prefix length, a generic one (bare hex/alnum) 10.
   */
  specificity: z.number().int().min(0).max(100).optional(),
});
export type KeyFormat = z.infer<typeof keyFormatSchema>;

/** How a provider answers a bad or unusable key, including the non-401 ones. */
const badKeyAnswerSchema = z.object({
  status: z.number().int(),
  /** Regex source matched against the response body text (case-insensitive). */
  bodyPattern: z.string().optional(),
  meaning: z.enum([
    "invalid", // unknown/mistyped/revoked key
    "missing", // no credential seen
    "expired",
    "disabled",
    "wrong_type",
    "not_authorized", // valid key, not allowed (scope, plan, restricted)
    "wrong_endpoint",
    "rate_limited",
  ]),
  note: z.string(),
});
export type BadKeyAnswer = z.infer<typeof badKeyAnswerSchema>;

const envNameSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "an environment variable name");

export const providerSchema = z.object({
  id: z.enum(PROVIDER_IDS),
  name: z.string(),
  /**
   * The environment variables SDKs and tutorials use: for the key (the usual one first) and
   * for a base URL that sends every request, and the key, to another host.
   */
  env: z
    .object({ keys: z.array(envNameSchema).min(1), baseUrls: z.array(envNameSchema) })
    .optional(),
  /** Authorization schemes it takes besides the one its placement names. */
  extraSchemes: z.array(z.string()).optional(),
  /** Host patterns: exact "api.openai.com" or a suffix "*.openai.azure.com". */
  hosts: z.array(z.string()),
  keyFormats: z.array(keyFormatSchema),
  /** Where the key goes by default (what `auto` resolves to). */
  auth: resolvedAuthSchema,
  /** Other placements the provider also accepts (tried as variants). */
  alternativeAuth: z.array(alternativeAuthSchema).default([]),
  /** Headers the API requires besides the credential, e.g. { "anthropic-version": "2023-06-01" }. */
  requiredHeaders: z.record(z.string(), z.string()).default({}),
  /** A cheap, read-only request that proves a key: never one that spends money or writes. */
  testEndpoint: z.object({
    method: z.enum(["GET", "HEAD", "POST"]),
    url: z.string().url(),
    /** Only for a read-only POST (e.g. Slack auth.test). */
    body: z.string().optional(),
    description: z.string(),
  }),
  badKeyAnswers: z.array(badKeyAnswerSchema),
  /** Where to make or regenerate a key. */
  keyPage: z.string().url().optional(),
  docsUrl: z.string().url().optional(),
  /** One sentence on the auth header this provider wants, shown with `wrong_auth_header`. */
  authHint: z.string(),
});

/** A catalog entry with the schema's defaults applied. */
export type Provider = z.infer<typeof providerSchema>;

/** A catalog entry as written (defaults not yet applied); `providerSchema.parse` turns it into a Provider. */
export type ProviderEntry = z.input<typeof providerSchema>;
