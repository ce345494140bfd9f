import { ApiError } from "@/lib/api/errors";
import { inspectKey, summarizeKey } from "@/lib/inspect";
import { providerForHost } from "@/lib/providers";
import { version } from "../package.json";
import { parseCliArgs, USAGE } from "./args";
import { ciSecretMessage, isCi } from "./ci";
import { relatedNames } from "./env-names";
import { type CliError, EXIT } from "./errors";
import { colorsFor, renderReport, type SourceView } from "./render";
import { diagnoseHere, type LocalRun } from "./run";
import { uploadShare } from "./share";
import { type FoundValue, findValues, type Lookup, otherValues } from "./sources";
import { readKeyFromStdin } from "./stdin";

/** At most this many distinct values are probed in one run (the used one and two others). */
const MAX_VALUES = 3;

const env = process.env;

function fail(error: CliError, json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify({ error })}\n`);
  else process.stderr.write(`why401: ${error.message}\n`);
  return EXIT.usage;
}

function exitCodeOf(causeId: string): number {
  if (causeId === "credentials_work") return EXIT.works;
  if (causeId === "endpoint_unreachable") return EXIT.unreachable;
  return EXIT.cause;
}

function notSetMessage(name: string, lookup: Lookup, secretsDir: string): string {
  const elsewhere = lookup.found.find((f) => f.name !== name && f.value !== "");
  const hint = elsewhere
    ? ` ${elsewhere.name} holds a value (${elsewhere.source}): is that the name your app reads?`
    : "";
  return `${name} is not set: not in the process environment, ${lookup.places.join(", ")} (in this directory) or ${secretsDir}.${hint}`;
}

async function sourceViews(lookup: Lookup | undefined, run: LocalRun): Promise<SourceView[]> {
  if (!lookup) return [];
  const now = Date.now();
  return Promise.all(
    lookup.found.map(async (found): Promise<SourceView> => {
      const summary = await summarizeKey(found.value, inspectKey(found.value), now);
      const probed = run.others.find((o) => o.found === found);
      const state: SourceView["state"] =
        found === lookup.used
          ? "used"
          : probed
            ? probed.works
              ? "accepted"
              : "refused"
            : found.value === lookup.used?.value
              ? "same value as the used one"
              : "not probed";
      return { source: found.source, summary, state };
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.works;
  }
  if (args.kind === "version") {
    process.stdout.write(`why401 ${version}\n`);
    return EXIT.works;
  }
  const jsonFlag = argv.includes("--json");
  if (args.kind === "error") return fail(args.error, jsonFlag);
  const options = args.options;
  const request = options.request;
  const progress = (line: string) => process.stderr.write(`why401: ${line}\n`);

  let used: FoundValue;
  let lookup: Lookup | undefined;
  if (options.keyStdin) {
    const key = await readKeyFromStdin(process.stdin);
    if (!key.ok) return fail({ code: "stdin_unusable", message: key.message }, options.json);
    used = { source: "standard input", name: "stdin", value: key.value };
  } else {
    const name = options.keyEnv!;
    const secretsDir = env.WHY401_SECRETS_DIR || "/run/secrets";
    const host = new URL(request.endpoint ?? "").hostname;
    const providerId = request.provider ?? providerForHost(host)?.id;
    lookup = findValues(relatedNames(name, providerId), {
      env,
      cwd: process.cwd(),
      secretsDir,
      override: options.dotenvOverride,
    });
    const missing = lookup.used === undefined;
    if (isCi(env) && (missing || lookup.used?.value === "")) {
      return fail(
        { code: "ci_secret_missing", message: ciSecretMessage(name, env, missing) },
        options.json,
      );
    }
    if (!lookup.used)
      return fail(
        { code: "variable_missing", message: notSetMessage(name, lookup, secretsDir) },
        options.json,
      );
    used = lookup.used;
  }

  const others = lookup ? otherValues(lookup, MAX_VALUES - 1) : [];
  progress(
    `testing ${request.method} ${new URL(request.endpoint ?? "").origin} with the value from ${used.source}` +
      (others.length > 0
        ? ` and ${others.length} other value${others.length === 1 ? "" : "s"} found`
        : ""),
  );
  let run: LocalRun;
  try {
    run = await diagnoseHere(request, used, others, { env, strict: options.strict, progress });
  } catch (error) {
    if (error instanceof ApiError && error.code === "target_not_allowed") {
      const rule = options.strict
        ? "with --strict, only public http(s) addresses are allowed"
        : "cloud metadata addresses are never probed";
      return fail(
        { code: "target_not_allowed", message: `this endpoint is not allowed: ${rule}.` },
        options.json,
      );
    }
    throw error;
  }
  const { report } = run;

  let shareLink: string | undefined;
  if (options.share) {
    const shared = await uploadShare(report, options.share);
    if (shared.ok) shareLink = shared.link;
    else progress(`sharing failed: ${shared.message}`);
  }

  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (shareLink) progress(`share link: ${shareLink}`);
  } else {
    const sources = await sourceViews(lookup, run);
    const colors = colorsFor(env, process.stdout.isTTY === true);
    process.stdout.write(
      renderReport(
        {
          report,
          run,
          sources,
          baseUrls: lookup?.baseUrls ?? [],
          variable: options.keyEnv,
          shareLink,
        },
        colors,
      ),
    );
  }
  return exitCodeOf(report.verdict.causeId);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: say so without a stack (it could quote request data).
    const name = error instanceof Error ? error.name : "error";
    process.stderr.write(`why401: unexpected ${name}; please report it.\n`);
    process.exitCode = EXIT.usage;
  },
);
