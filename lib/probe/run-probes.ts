import "server-only";
import type { Dispatcher } from "undici";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { planFollowUp } from "@/lib/diagnosis/follow-up";
import type { Inspection } from "@/lib/inspect/inspection";
import type { Provider, ResolvedAuth } from "@/lib/providers";
import { createGuardedAgent } from "./agent";
import type { Deadlines } from "./deadlines";
import type { DiagnoseInput, HttpMethod } from "./diagnose-input";
import { type PlanInput, type ProbePlan, planFollowUpProbes, planProbes } from "./probes";
import type { Redactor } from "./redact";
import type { Resolver } from "./resolver";
import { sendProbe } from "./send";

/** Extra header names whose values we treat as secrets too (redacted from every answer). */
const SECRET_HEADER = /auth|key|token|secret|signature|session|cookie|password|credential/i;

/** The key, its cleaned form, and the values of extra headers that read like credentials. */
export function secretsOf(input: DiagnoseInput, inspection: Inspection): string[] {
  const secrets = [input.key, inspection.cleaned];
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (SECRET_HEADER.test(name)) secrets.push(value);
  }
  return secrets;
}

interface ProbeRun {
  url: URL;
  input: DiagnoseInput;
  inspection: Inspection;
  auth: ResolvedAuth;
  provider?: Provider;
  method: HttpMethod;
}

interface ProbeRunOptions {
  allowPrivate: boolean;
  /** Built from secretsOf(); every answer passes through it. */
  redactor: Redactor;
  resolve: Resolver;
  deadlines: Deadlines;
  /** Used instead of a fresh guarded agent; owned (and closed) by the caller. */
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
  onStart?: () => void;
  onProbe?: (probe: ProbeResult) => void;
  /** Called once, before the follow-up round's requests are sent, with their number. */
  onFollowUp?: (followUp: { count: number }) => void;
}

function contentTypeFor(body: string | undefined): string | undefined {
  if (body === undefined || body === "") return undefined;
  try {
    JSON.parse(body);
    return "application/json";
  } catch {
    return "text/plain; charset=utf-8";
  }
}

const isBlocked = (p: ProbeResult) =>
  p.outcome.kind === "error" && p.outcome.error.kind === "blocked";

/**
 * Sends the first round's probes at once through one guarded agent, then, when the first
 * round names a layer or provider placement no request tried, the follow-up round (at most
 * four more, one more round trip) through the same agent. Returns the redacted results in
 * order (first round, then follow-up), or "blocked" when an address was refused at connect
 * time (a name that rebinds).
 */
export async function runProbes(
  run: ProbeRun,
  options: ProbeRunOptions,
): Promise<ProbeResult[] | "blocked"> {
  const { input } = run;
  const { deadlines } = options;
  const planInput: PlanInput = {
    url: run.url,
    key: input.key,
    inspection: run.inspection,
    auth: run.auth,
    providerId: run.provider?.id,
    provider: run.provider,
    headers: input.headers ?? {},
    contentType: contentTypeFor(input.body),
    method: run.method,
    tryVariants: input.tryVariants ?? true,
  };
  const plans = planProbes(planInput);
  const { redactor } = options;
  const runDeadline = AbortSignal.timeout(deadlines.runMs);
  const runSignal = options.signal ? AbortSignal.any([options.signal, runDeadline]) : runDeadline;
  const owned = options.dispatcher
    ? undefined
    : createGuardedAgent({
        allowPrivate: options.allowPrivate,
        resolve: options.resolve,
        connectTimeoutMs: deadlines.connectMs,
        headersTimeoutMs: deadlines.headersMs,
        bodyTimeoutMs: deadlines.bodyMs,
      });
  const body = run.method === "GET" || run.method === "HEAD" ? undefined : input.body;
  const context = {
    dispatcher: owned ?? options.dispatcher!,
    method: run.method,
    body,
    deadlines,
    runSignal,
    runDeadline,
    redactor,
  };
  const sendRound = (round: ProbePlan[]) =>
    Promise.all(
      round.map(async (plan) => {
        const outcome = await sendProbe(plan, context);
        const result: ProbeResult = {
          variant: plan.variant,
          description: plan.description,
          outcome,
        };
        if (plan.auth) result.auth = plan.auth;
        if (plan.followUp) {
          result.round = 2;
          result.followUp = plan.followUp;
        }
        if (!isBlocked(result)) options.onProbe?.(result);
        return result;
      }),
    );
  options.onStart?.();
  try {
    const first = await sendRound(plans);
    if (first.some(isBlocked)) return "blocked";
    const placements = planFollowUp({
      probes: first,
      asSent: run.auth,
      provider: run.provider,
      method: run.method,
      tryVariants: planInput.tryVariants,
    });
    // The whole-run deadline covers both rounds: a first round that used it up ends here.
    if (placements.length === 0 || runSignal.aborted) return first;
    options.onFollowUp?.({ count: placements.length });
    const second = await sendRound(planFollowUpProbes(planInput, placements));
    return second.some(isBlocked) ? "blocked" : [...first, ...second];
  } finally {
    // Destroy, not close: a hung upstream must not keep sockets (or this run) alive.
    owned?.destroy().catch(() => {});
  }
}
