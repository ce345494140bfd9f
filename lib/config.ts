import { z } from "zod";

/**
 * Configuration, validated once at start-up (instrumentation.ts) so a bad variable stops
 * the server with one clear line instead of failing on the first request.
 */
const flag = (name: string) =>
  z
    .enum(["0", "1", "true", "false"], {
      error: () => `${name} accepts 1, 0, true or false`,
    })
    .default("0")
    .transform((v) => v === "1" || v === "true");

/** A whole number in [min, max] from an environment string, with one message naming the variable. */
const wholeNumber = (name: string, fallback: number, min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} accepts ${what}`)
    .default(String(fallback))
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} accepts ${what}`);

/** `host:port` or an IP address, comma-separated: the DNS servers probes resolve names with. */
const DNS_SERVER =
  /^(\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;

const configSchema = z.object({
  PORT: z.coerce
    .number({ error: () => "PORT accepts a whole number from 1 to 65535" })
    .int("PORT accepts a whole number from 1 to 65535")
    .min(1, "PORT accepts a whole number from 1 to 65535")
    .max(65535, "PORT accepts a whole number from 1 to 65535")
    .default(3000),
  HOSTNAME: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+$/, "HOSTNAME accepts a host name or an IP address")
    .default("0.0.0.0"),
  WHY401_DATA_DIR: z.string().min(1, "WHY401_DATA_DIR accepts a directory path").default("./data"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(postgres|postgresql):\/\/\S+$/,
      "DATABASE_URL accepts a postgres:// or postgresql:// URL (leave it unset for SQLite)",
    )
    .optional(),
  WHY401_ALLOW_PRIVATE_TARGETS: flag("WHY401_ALLOW_PRIVATE_TARGETS"),
  WHY401_RATE_LIMIT_PER_MINUTE: z
    .string()
    .regex(/^\d{1,6}$/, "WHY401_RATE_LIMIT_PER_MINUTE accepts a whole number, 0 turns limiting off")
    .default("20")
    .transform(Number),
  WHY401_TRUST_PROXY: flag("WHY401_TRUST_PROXY"),
  WHY401_ALLOWED_HOSTS: z
    .string()
    .regex(
      /^\s*(\*\.)?[A-Za-z0-9.-]+(:\d+)?(\s*,\s*(\*\.)?[A-Za-z0-9.-]+(:\d+)?)*\s*$/,
      "WHY401_ALLOWED_HOSTS accepts a comma-separated list of host names, e.g. api.example.com,*.corp.example",
    )
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((h) => h.trim().toLowerCase())
            .filter(Boolean)
        : undefined,
    ),
  WHY401_MAX_CONCURRENT_DIAGNOSES: wholeNumber(
    "WHY401_MAX_CONCURRENT_DIAGNOSES",
    64,
    1,
    100_000,
    "a whole number from 1, the diagnoses one instance runs at once",
  ),
  WHY401_SHARE_STORAGE_MB: wholeNumber(
    "WHY401_SHARE_STORAGE_MB",
    1024,
    1,
    10_000_000,
    "a whole number of megabytes from 1, the total size of live shares",
  ),
  WHY401_PUBLIC_URL: z
    .string()
    .regex(
      /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?\/?$/,
      "WHY401_PUBLIC_URL accepts the origin users reach this server at, e.g. https://why401.example.com",
    )
    .optional()
    .transform((v) => (v ? new URL(v).origin : undefined)),
  WHY401_DNS_SERVERS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined,
    )
    .refine(
      (list) => list === undefined || (list.length > 0 && list.every((s) => DNS_SERVER.test(s))),
      "WHY401_DNS_SERVERS accepts a comma-separated list of DNS server addresses, e.g. 1.1.1.1,8.8.8.8:53",
    ),
  WHY401_REQUEST_TIMEOUT_SECONDS: wholeNumber(
    "WHY401_REQUEST_TIMEOUT_SECONDS",
    30,
    1,
    3600,
    "a whole number of seconds from 1, the time a client has to send a whole request",
  ),
  WHY401_MAX_CONNECTIONS: wholeNumber(
    "WHY401_MAX_CONNECTIONS",
    1024,
    1,
    1_000_000,
    "a whole number from 1, the open connections the server accepts",
  ),
});

export type Config = z.infer<typeof configSchema>;

type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Empty strings count as unset, as a shell `FOO=` usually means "default". */
function present(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== "") out[k] = v;
  return out;
}

export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const result = configSchema.safeParse(present(env));
  if (result.success) return { ok: true, config: result.data };
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? "configuration");
  const message = issue?.message ?? "is not valid";
  // One line naming the variable and what it accepts; never the value (it may be a secret URL).
  return {
    ok: false,
    message: message.startsWith(variable)
      ? `why401: invalid configuration: ${message}`
      : `why401: invalid configuration: ${variable}: ${message}`,
  };
}

let cached: Config | undefined;

/** The validated configuration for this process. Throws only if start-up validation was skipped and it is bad. */
export function getConfig(): Config {
  if (cached) return cached;
  const result = parseConfig(process.env);
  if (!result.ok) throw new Error(result.message);
  cached = result.config;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfigForTests(): void {
  cached = undefined;
}
