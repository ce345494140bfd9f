import { createHash } from "node:crypto";
import { z } from "zod";
import { isForbiddenHeader } from "@/app/api/diagnose/schema";
import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { HTTP_METHODS } from "@/lib/probe/diagnose-input";
import { PROVIDER_IDS } from "@/lib/providers/ids";

/** The cause vocabulary as a schema; zod stays out of the app's cause ids (the browser bundle). */
const causeIdSchema = z.enum(CAUSE_IDS);

/**
 * One case of the evaluation corpus (tests/corpus/README.md describes the format). Strict:
 * an unknown or misspelt field is an error naming its path, so a case never silently
 * means something other than what its author wrote.
 */

/** Node refuses to write a header value outside Latin-1 or with control characters. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const LOWER_TOKEN = /^[!#$%&'*+\-.^_`|~0-9a-z]{1,128}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const headersSchema = z.record(
  z.string().regex(LOWER_TOKEN, "header names are lower-case HTTP tokens"),
  z
    .string()
    .regex(
      HEADER_VALUE,
      "header values are Latin-1 text without line breaks (HTTP cannot carry more)",
    ),
);

export const answerSchema = z.strictObject({
  status: z.number().int().min(200, "a final answer's status is 200..599").max(599),
  headers: headersSchema.default({}),
  body: z.string(),
  inferred: z.boolean({ error: "inferred is true (our inference) or false (the thread shows it)" }),
});
export type Answer = z.infer<typeof answerSchema>;

export const readSchema = z
  .strictObject({
    in: z.enum(["header", "query"]),
    name: z.string().min(1).max(128),
    /** For a header: the scheme word before the credential (Bearer, token, Basic…). */
    scheme: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9._~+/-]*$/, "a scheme is one word")
      .optional(),
    /** For Basic: which half of user:password is the credential (the password by default). */
    basicPart: z.enum(["user", "password"]).optional(),
  })
  .superRefine((read, ctx) => {
    if (read.in === "query" && (read.scheme || read.basicPart)) {
      ctx.addIssue({ code: "custom", message: "a query parameter has no scheme or basicPart" });
    }
    if (read.basicPart && read.scheme?.toLowerCase() !== "basic") {
      ctx.addIssue({ code: "custom", message: 'basicPart needs scheme "Basic"' });
    }
  });
export type Read = z.infer<typeof readSchema>;

const authSchema = z
  .strictObject({
    placement: z.enum(["bearer", "authorization", "basic", "header", "query"]),
    name: z.string().min(1).max(128).optional(),
  })
  .superRefine((auth, ctx) => {
    if ((auth.placement === "header" || auth.placement === "query") && !auth.name) {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: `is required for "${auth.placement}"`,
      });
    }
  });

const environmentSchema = z.strictObject({
  fingerprintCheck: z.strictObject({ printedKey: z.string() }).optional(),
  echo: z
    .array(
      z.strictObject({
        method: z.enum(HTTP_METHODS),
        path: z.string().startsWith("/", "a path starts with /"),
        headers: z.record(z.string(), z.string()),
      }),
    )
    .min(1)
    .optional(),
});

export const caseSchema = z
  .strictObject({
    id: z.string().regex(ID, "an id is lower-case words joined by -"),
    source: z.url({ protocol: /^https$/, error: "source is the thread's https:// URL" }),
    service: z.string().regex(ID, "a service id is lower-case words joined by -"),
    serviceName: z.string().min(1),
    gateway: z
      .enum([
        "kong",
        "aws-api-gateway",
        "envoy",
        "nginx",
        "azure-apim",
        "cloudflare",
        "traefik",
        "apigee",
        "google-esp",
        "other",
      ])
      .nullable(),
    catalogProvider: z.enum(PROVIDER_IDS).nullable(),
    summary: z.string().min(20, "a summary says what happened in a sentence or two"),
    rootCause: causeIdSchema,
    accept: z.array(causeIdSchema).min(1),
    request: z.strictObject({
      url: z.url({ protocol: /^https?$/, error: "request.url is the thread's http(s) URL" }),
      method: z.enum(HTTP_METHODS, {
        error: `why401 sends ${HTTP_METHODS.join(", ")}: use the closest one and say so in notes`,
      }),
      headers: z
        .record(z.string(), z.string())
        .refine(
          (h) => Object.keys(h).every((name) => !isForbiddenHeader(name)),
          "a header here cannot be set on a diagnosis (host, framing, proxy-…)",
        )
        .default({}),
      body: z.string().nullable(),
      key: z.string(),
      auth: authSchema,
    }),
    server: z.strictObject({
      // Empty: the server never sees a credential (a layer in front drops every one).
      reads: z.array(readSchema),
      goodKey: z.string().min(1).nullable(),
      answers: z.strictObject({
        ok: answerSchema.optional(),
        wrongKey: answerSchema.optional(),
        noKey: answerSchema.optional(),
        asSent: answerSchema.optional(),
        any: answerSchema.optional(),
      }),
      unreachable: z.enum(["refused", "timeout"]).nullable(),
    }),
    environment: environmentSchema.nullable().default(null),
    notes: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.accept.includes(c.rootCause)) {
      ctx.addIssue({ code: "custom", path: ["accept"], message: "must include rootCause" });
    }
    const { answers, unreachable } = c.server;
    if (!unreachable && !answers.any && !answers.noKey) {
      ctx.addIssue({
        code: "custom",
        path: ["server", "answers"],
        message: "needs noKey (or any): every request without a credential gets it",
      });
    }
    if (c.request.body !== null && (c.request.method === "GET" || c.request.method === "HEAD")) {
      ctx.addIssue({ code: "custom", path: ["request", "body"], message: "a GET has no body" });
    }
  });

export type Case = z.infer<typeof caseSchema>;

export type Split = "dev" | "holdout";

/** Holdout when the first byte of SHA-256(source URL) is divisible by 5: about 20 %. */
export function splitOf(source: string): Split {
  const first = createHash("sha256").update(source, "utf8").digest()[0] ?? 0;
  return first % 5 === 0 ? "holdout" : "dev";
}

/** A readable one-line-per-issue message for a file that does not parse. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(case)"}: ${issue.message}`)
    .join("\n");
}
