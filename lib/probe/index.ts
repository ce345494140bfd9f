import "server-only";
import type { Dispatcher } from "undici";
import { ApiError } from "@/lib/api/errors";
import type { Config } from "@/lib/config";
import { buildReport } from "@/lib/diagnosis";
import type { EnvironmentEvidence, Evidence, ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { inspectKey, judgeFingerprint, reportKeySummary, summarizeKey } from "@/lib/inspect";
import type { Provider } from "@/lib/providers";
import {
  credentialHeaderAmong,
  getProvider,
  keyLooksLike,
  normalizeHost,
  providerForHost,
  providersForKey,
  resolveAuth,
} from "@/lib/providers";
import { isAddressAllowed, isIpLiteral } from "./address-policy";
import { acquireDiagnosisSlot } from "./concurrency";
import { DEFAULT_DEADLINES, type Deadlines } from "./deadlines";
import type { DiagnoseInput } from "./diagnose-input";
import { type LogSink, logLine, statusesOf, stdoutSink } from "./log";
import { createRedactor, type Redactor } from "./redact";
import { dnsResolverFor, type Resolver, sharedInFlight } from "./resolver";
import { runProbes, secretsOf } from "./run-probes";
import { checkTarget, targetNotAllowed } from "./target-guard";

export type { DiagnoseInput } from "./diagnose-input";
export { TARGET_NOT_ALLOWED_MESSAGE } from "./target-guard";

export interface DiagnoseOptions {
  config: Config;
  /** Called as each probe completes (the NDJSON stream). */
  onProbe?: (probe: ProbeResult) => void;
  /**
   * Called once, before a follow-up round (see docs/diagnosis.md, "The follow-up round"),
   * with the number of its requests.
   */
  onFollowUp?: (followUp: { count: number }) => void;
  /** Called once the target is accepted, before any probe is sent. */
  onStart?: () => void;
  /**
   * Called once the target guard accepted the URL (before any probe is sent); may throw
   * an ApiError (the route's per-host rate limit), which refuses the diagnosis.
   */
  onTargetAccepted?: (url: URL) => Promise<void>;
  /** The client went away: stop everything. */
  signal?: AbortSignal;
  /**
   * Sends the probes through this dispatcher instead of the guarded agent (the command
   * line's HTTP(S)_PROXY route). The caller owns it. The target is still checked before
   * any probe; the proxy, not us, connects to the target's addresses.
   */
  dispatcher?: Dispatcher;
  /** Test seams: scripted DNS, short deadlines, a quiet log. */
  resolve?: Resolver;
  deadlines?: Partial<Deadlines>;
  log?: LogSink;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * Refuses a name if any of its current answers is not allowed. DNS failures and a DNS that
 * does not answer within `timeoutMs` are left to the probes (they are evidence; the connect
 * step judges whatever answers arrive later).
 */
async function preflight(
  hostname: string,
  resolve: Resolver,
  allowPrivate: boolean,
  timeoutMs: number,
): Promise<boolean> {
  if (isIpLiteral(hostname)) return true; // checkTarget already judged the literal
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<"slow">((done) => {
    timer = setTimeout(() => done("slow"), timeoutMs);
  });
  try {
    const answers = await Promise.race([resolve(hostname), slow]);
    if (answers === "slow") return true;
    return answers.every((a) => isAddressAllowed(a.address, allowPrivate));
  } catch {
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The placement's own header (after `auto` picks the provider's, e.g. `x-api-key`) may not
 * come in again among the extra headers: the no-credential probe would carry the key.
 */
function refuseCredentialHeaders(input: DiagnoseInput): void {
  if (!input.headers) return;
  let hostname: string | undefined;
  try {
    hostname = input.endpoint ? normalizeHost(new URL(input.endpoint).hostname) : undefined;
  } catch {
    hostname = undefined;
  }
  const { provider } = resolveProvider(input, hostname);
  const auth = resolveAuth(provider?.id, input.auth ?? { placement: "auto" });
  const name = credentialHeaderAmong(Object.keys(input.headers), auth);
  if (name !== undefined) {
    throw new ApiError(
      "validation_failed",
      `headers.${name}: carries a credential: the key goes in through auth, and the test without a credential must send none`,
    );
  }
}

function resolveProvider(input: DiagnoseInput, hostname: string | undefined) {
  if (input.provider) {
    return {
      provider: getProvider(input.provider) as Provider | undefined,
      source: "explicit" as const,
    };
  }
  const byHost = hostname ? providerForHost(hostname) : undefined;
  return byHost
    ? { provider: byHost, source: "host" as const }
    : { provider: undefined, source: "none" as const };
}

/**
 * Runs one diagnosis: inspect the key, send the probes (if there is an endpoint), rank the
 * causes. Throws ApiError("target_not_allowed") for a refused target, with no connection made.
 */
export async function runDiagnosis(
  input: DiagnoseInput,
  options: DiagnoseOptions,
): Promise<Report> {
  const started = performance.now();
  const id = randomId();
  const log = options.log ?? stdoutSink;
  // Only diagnoses that may send probes take a slot: an inspection costs no sockets.
  const release =
    input.endpoint !== undefined
      ? acquireDiagnosisSlot(options.config.WHY401_MAX_CONCURRENT_DIAGNOSES)
      : () => {};
  try {
    return await diagnoseOnce(input, options, { id, started, log });
  } catch (error) {
    // Refusals log themselves; anything else (the client left, a bug) is one line too.
    if (!(error instanceof ApiError)) {
      const durationMs = elapsed(started);
      log(logLine({ id, outcome: "failed", durationMs, probes: 0, statuses: [], causes: [] }));
    }
    throw error;
  } finally {
    release();
  }
}

async function diagnoseOnce(
  input: DiagnoseInput,
  options: DiagnoseOptions,
  { id, started, log }: { id: string; started: number; log: LogSink },
): Promise<Report> {
  const deadlines: Deadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
  const allowPrivate = options.config.WHY401_ALLOW_PRIVATE_TARGETS;
  const resolve = sharedInFlight(
    options.resolve ?? dnsResolverFor(options.config.WHY401_DNS_SERVERS),
  );
  const inspection = inspectKey(input.key);
  const method = input.method ?? "GET";
  const refuse = () => {
    const durationMs = elapsed(started);
    log(logLine({ id, outcome: "refused", durationMs, probes: 0, statuses: [], causes: [] }));
    return targetNotAllowed();
  };

  refuseCredentialHeaders(input);

  let url: URL | undefined;
  if (input.endpoint !== undefined) {
    const check = checkTarget(input.endpoint, {
      allowPrivate,
      allowedHosts: options.config.WHY401_ALLOWED_HOSTS,
    });
    const allowed =
      check.ok && (await preflight(check.url.hostname, resolve, allowPrivate, deadlines.connectMs));
    if (!check.ok || !allowed) throw refuse();
    url = check.url;
    await options.onTargetAccepted?.(url);
  }

  const { provider, source } = resolveProvider(input, url?.hostname);
  const auth = resolveAuth(provider?.id, input.auth ?? { placement: "auto" });
  let probes: ProbeResult[] = [];
  // One redactor for everything user-steered that reaches the report or the log line;
  // compiling it costs CPU, so an inspection-only request never does.
  let compiled: Redactor | undefined;
  const redact = (): Redactor => {
    compiled ??= createRedactor(secretsOf(input, inspection));
    return compiled;
  };

  if (url) {
    const result = await runProbes(
      { url, input, inspection, auth, provider, method },
      {
        allowPrivate,
        redactor: redact(),
        resolve,
        deadlines,
        dispatcher: options.dispatcher,
        signal: options.signal,
        onStart: options.onStart,
        onProbe: options.onProbe,
        onFollowUp: options.onFollowUp,
      },
    );
    if (result === "blocked") throw refuse();
    probes = result;
  }

  // JWT times are judged by the server's clock when we saw it: the API's view is what counts.
  const serverDate = probes
    .map((p) => (p.outcome.kind === "response" ? p.outcome.serverDate : undefined))
    .find((date) => date !== undefined);
  const now = serverDate ?? Date.now();
  const summary = await summarizeKey(
    input.key,
    inspection,
    now,
    // What the format says the key is (information, never a cause on a custom API).
    keyLooksLike(inspection.cleaned, provider?.id === "custom" ? undefined : provider?.id),
  );
  const evidence: Evidence = {
    inspection,
    key: reportKeySummary(summary, inspection),
    keyFingerprint: summary.fingerprint,
    providerSource: source,
    keyProviders: providersForKey(inspection.cleaned),
    auth,
    authChosen: input.auth !== undefined && input.auth.placement !== "auto",
    probes,
    now,
  };
  if (input.environment)
    evidence.environment = await environmentEvidence(input, inspection.cleaned, redact());
  if (provider) evidence.providerId = provider.id;
  // A path (`/bot<token>/getMe`) or even a host name may carry the key: the report, like
  // the log line, keeps both redacted.
  if (url) {
    evidence.target = {
      origin: redact().text(url.origin),
      path: redact().text(url.pathname),
      method,
    };
  }
  const report = buildReport(evidence, new Date().toISOString());
  log(
    logLine(
      {
        id,
        outcome: "report",
        durationMs: elapsed(started),
        host: url ? redact().text(url.hostname) : undefined,
        probes: probes.length,
        statuses: statusesOf(probes),
        causes: [],
      },
      report,
    ),
  );
  return report;
}

/**
 * The client's environment evidence with any key text removed. The fingerprint check is
 * decided here from `printed` alone, against the pasted key and its cleaned forms: the
 * client's `matches` is dropped.
 */
async function environmentEvidence(
  input: DiagnoseInput,
  cleaned: string,
  redact: Redactor,
): Promise<EnvironmentEvidence> {
  const environment = input.environment ?? {};
  const out = redact.value(environment) as EnvironmentEvidence;
  const check = environment.fingerprintCheck;
  if (check) {
    const judged = await judgeFingerprint(input.key, cleaned, check.printed);
    const source = out.fingerprintCheck?.source;
    out.fingerprintCheck = { printed: check.printed, ...judged };
    if (source !== undefined) out.fingerprintCheck.source = source;
  }
  return JSON.parse(JSON.stringify(out)) as EnvironmentEvidence;
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
