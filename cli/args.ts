import { parseArgs } from "node:util";
import { type DiagnoseRequest, diagnoseRequestSchema } from "@/app/api/diagnose/schema";
import type { ProviderId } from "@/lib/providers";
import { credentialHeaderAmong, getProvider, providerForHost, resolveAuth } from "@/lib/providers";
import { defaultKeyName } from "./env-names";
import type { CliError } from "./errors";

export const USAGE = `Usage: why401 <endpoint> --key-env NAME [options]
       printf %s "$KEY" | why401 <endpoint> --key-stdin [options]

Finds why an API answers 401, from where your app runs: every value the key's variable
has here (environment, .env files, /run/secrets), the proxy in the way, the CI secret.

Options:
  --key-env NAME        the variable your app reads the key from (e.g. OPENAI_API_KEY)
  --key-stdin           read the key from standard input (one trailing newline is dropped)
  --placement P         bearer | authorization | header | query | basic (default: the provider's)
  --header-name NAME    the header (or query parameter) that carries the key
  -X, --request METHOD  GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS (default GET)
  -H, --header 'N: v'   an extra header to send (repeatable; not the credential)
  -d, --data BODY       a request body (not with GET or HEAD)
  --provider ID         openai, anthropic, github, … (default: from the host); without an
                        endpoint, the provider's read-only test endpoint is used
  --dotenv-override     .env files win over the process environment (dotenv's override)
  --json                print the report JSON instead of the readable report
  --share URL           upload the report end-to-end encrypted to a why401 instance and
                        print the link (--share-days 1, 7 or 30; default 7)
  --strict              apply the hosted service's target rules (public addresses only)
  -h, --help            this help
  --version             the version

Exit codes: 0 the credentials work, 1 a cause was found, 2 usage or bad input,
3 the endpoint could not be reached.`;

export interface CliOptions {
  request: DiagnoseRequest;
  keyEnv?: string;
  keyStdin: boolean;
  json: boolean;
  share?: { origin: string; ttlDays: 1 | 7 | 30 };
  strict: boolean;
  dotenvOverride: boolean;
}

type ParsedArgs =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "error"; error: CliError }
  | { kind: "run"; options: CliOptions };

const KEY_ON_COMMAND_LINE =
  "--key is refused: a key on the command line lands in your shell history and in `ps` for every user of this machine. " +
  'Name the variable your app reads with --key-env NAME, or pipe the key in: printf %s "$KEY" | why401 <endpoint> --key-stdin';

const usage = (message: string): ParsedArgs => ({
  kind: "error",
  error: { code: "usage", message: `${message}\n\n${USAGE}` },
});

const FLAG_OF: Record<string, string> = {
  endpoint: "<endpoint>",
  method: "-X",
  headers: "-H",
  body: "--data",
  provider: "--provider",
  auth: "--placement / --header-name",
  key: "the key",
};

/** An unknown option's name is echoed only when it looks like an option, never like a key. */
function unknownOption(message: string): string {
  const name = /'(--?[A-Za-z][A-Za-z-]{0,30})'/.exec(message)?.[1];
  return name ? `unknown option ${name}` : "unknown option";
}

function parseHeaders(values: string[]): Record<string, string> | string {
  const headers: Record<string, string> = {};
  for (const line of values) {
    const colon = line.indexOf(":");
    if (colon <= 0) return "-H takes 'Name: value'";
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function parseCliArgs(argv: string[]): ParsedArgs {
  // Before anything else: even a malformed command line with a key on it gets the reason.
  if (argv.some((a) => a === "--key" || a.startsWith("--key="))) {
    return { kind: "error", error: { code: "key_on_command_line", message: KEY_ON_COMMAND_LINE } };
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return usage(unknownOption(String(error)));
    return usage("an option is missing its value or has one it does not take");
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  if (positionals.length > 1) return usage("expected one endpoint; extra arguments were given");
  if (values["key-env"] !== undefined && values["key-stdin"])
    return usage("use either --key-env or --key-stdin, not both");

  const headers = parseHeaders(values.header ?? []);
  if (typeof headers === "string") return usage(headers);
  const providerId = values.provider as ProviderId | undefined;
  let endpoint = positionals[0];
  if (endpoint === undefined && providerId) {
    try {
      endpoint = getProvider(providerId).testEndpoint?.url;
    } catch {
      // validated below
    }
  }
  if (endpoint === undefined) return usage("missing <endpoint>");

  const placement = values.placement ?? (values["header-name"] ? "header" : undefined);
  const raw = {
    endpoint,
    method: values.request?.toUpperCase(),
    key: "",
    auth: placement ? { placement, name: values["header-name"] } : undefined,
    headers: Object.keys(headers).length > 0 ? headers : undefined,
    body: values.data,
    provider: providerId,
  };
  const checked = diagnoseRequestSchema.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? "");
    return usage(`${FLAG_OF[field] ?? field}: ${issue?.message ?? "is not valid"}`);
  }

  const host = new URL(checked.data.endpoint ?? endpoint).hostname;
  const effectiveProvider = providerId ?? providerForHost(host)?.id;
  // The baseline probe must go without any credential: an extra header may not carry one.
  const auth = resolveAuth(effectiveProvider, checked.data.auth ?? { placement: "auto" });
  const credentialHeader = credentialHeaderAmong(Object.keys(headers), auth);
  if (credentialHeader)
    return usage(
      `-H: ${credentialHeader} would carry a credential; the key comes from --key-env or --key-stdin, placed with --placement`,
    );

  let keyEnv = values["key-env"];
  if (keyEnv === undefined && !values["key-stdin"]) {
    keyEnv = defaultKeyName(effectiveProvider);
    if (!keyEnv) return usage("say where the key is: --key-env NAME or --key-stdin");
  }
  if (keyEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(keyEnv))
    return usage("--key-env takes a variable name (letters, digits and _)");

  let share: CliOptions["share"];
  if (values.share !== undefined) {
    let url: URL;
    try {
      url = new URL(values.share);
    } catch {
      return usage("--share takes the URL of a why401 instance, e.g. https://why401.example");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      return usage("--share takes an http:// or https:// URL");
    const days = Number(values["share-days"] ?? "7");
    if (days !== 1 && days !== 7 && days !== 30) return usage("--share-days takes 1, 7 or 30");
    share = { origin: url.origin, ttlDays: days };
  }

  return {
    kind: "run",
    options: {
      request: checked.data,
      keyEnv,
      keyStdin: values["key-stdin"] ?? false,
      json: values.json ?? false,
      share,
      strict: values.strict ?? false,
      dotenvOverride: values["dotenv-override"] ?? false,
    },
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      "key-env": { type: "string" },
      "key-stdin": { type: "boolean" },
      placement: { type: "string" },
      "header-name": { type: "string" },
      request: { type: "string", short: "X" },
      header: { type: "string", short: "H", multiple: true },
      data: { type: "string", short: "d" },
      provider: { type: "string" },
      "dotenv-override": { type: "boolean" },
      json: { type: "boolean" },
      share: { type: "string" },
      "share-days": { type: "string" },
      strict: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
  });
}
