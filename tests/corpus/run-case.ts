import { POST } from "@/app/api/diagnose/route";
import type { DiagnoseRequest } from "@/app/api/diagnose/schema";
import { resetRateLimitCounterForTests } from "@/lib/api/rate-limit-instance";
import { resetConfigForTests } from "@/lib/config";
import type { CauseId } from "@/lib/diagnosis/cause-ids";
import type { EnvironmentEvidence } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { analyzeRequest } from "@/lib/echo/analyze";
import { compareCaptures } from "@/lib/echo/compare";
import { fingerprintKey } from "@/lib/inspect";
import { createRedactor } from "@/lib/probe/redact";
import { providerForHost } from "@/lib/providers";
import type { ProviderId } from "@/lib/providers/ids";
import { type AnswerName, startReplay } from "./replay-server";
import type { Case } from "./schema";

/**
 * Replays one corpus case through the real POST /api/diagnose handler against its own
 * replay server. Everything the app would compute (the provider from the host, the
 * fingerprint a one-liner prints, what the echo check makes of a captured request) is
 * computed here by the app's own code, never by hand.
 */

export interface RankedCause {
  id: CauseId;
  confidence: number;
}

export interface CaseRun {
  /** Every cause the report ranked, highest first; empty when the route answered an error. */
  causes: RankedCause[];
  /** The route's error code when it did not answer 200 (a bad case, or a bug). */
  error?: string;
  /** Which replay answer each probe got (names only). */
  answered: AnswerName[];
}

/** The route as an open-source self-host runs it for a local target: loopback allowed, no limits. */
export function openRouteForEval(): void {
  process.env.WHY401_ALLOW_PRIVATE_TARGETS = "1";
  process.env.WHY401_RATE_LIMIT_PER_MINUTE = "0";
  delete process.env.WHY401_ALLOWED_HOSTS;
  resetConfigForTests();
  resetRateLimitCounterForTests();
}

/** The catalog provider the wizard would preselect: by the thread's real host, else the case's. */
export function providerFor(c: Case): ProviderId | undefined {
  const byHost = providerForHost(new URL(c.request.url).hostname)?.id;
  return byHost ?? c.catalogProvider ?? undefined;
}

/** The route's `environment` field, built from the case's raw form as the wizard builds it. */
export async function environmentFor(
  c: Case,
  provider: ProviderId | undefined,
): Promise<EnvironmentEvidence | undefined> {
  const raw = c.environment;
  if (!raw) return undefined;
  const keyFingerprint = await fingerprintKey(c.request.key);
  const out: EnvironmentEvidence = {};
  if (raw.fingerprintCheck) {
    const printed = await fingerprintKey(raw.fingerprintCheck.printedKey);
    out.fingerprintCheck = { printed, matches: printed === keyFingerprint };
  }
  if (raw.echo) {
    const captures = await Promise.all(
      raw.echo.map((request, i) =>
        analyzeRequest(
          {
            method: request.method,
            pathAndQuery: request.path,
            headers: Object.entries(request.headers),
            body: null,
          },
          { id: `capture-${i}`, receivedAt: 0 },
        ),
      ),
    );
    out.echo = compareCaptures(captures, { keyFingerprint, providerId: provider }).evidence;
  }
  return out;
}

/** The diagnose request the wizard would send for this case, aimed at `origin`. */
export async function diagnoseRequestFor(c: Case, origin: string): Promise<DiagnoseRequest> {
  const thread = new URL(c.request.url);
  const provider = providerFor(c);
  const environment = await environmentFor(c, provider);
  const request: DiagnoseRequest = {
    endpoint: `${origin}${thread.pathname}${thread.search}`,
    method: c.request.method,
    key: c.request.key,
    auth: c.request.auth,
    tryVariants: true,
  };
  if (Object.keys(c.request.headers).length) request.headers = c.request.headers;
  if (c.request.body !== null) request.body = c.request.body;
  if (provider) request.provider = provider;
  if (environment) request.environment = environment;
  return request;
}

export async function runCase(c: Case): Promise<CaseRun> {
  const replay = await startReplay(c);
  try {
    const body = await diagnoseRequestFor(c, replay.origin);
    const response = await POST(
      new Request("http://why401.eval/api/diagnose", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
    const json = (await response.json()) as Report | { error?: { code?: string } };
    if (response.status !== 200 || !("causes" in json)) {
      const code = "error" in json ? json.error?.code : undefined;
      return {
        causes: [],
        error: code ?? `status ${response.status}`,
        answered: replay.answered(),
      };
    }
    return {
      causes: json.causes.map((cause) => ({ id: cause.id, confidence: cause.confidence })),
      answered: replay.answered(),
    };
  } finally {
    await replay.close();
  }
}

/**
 * runCase for the scorer: a throw becomes the case's error (reports/eval.json and stderr
 * keep it), its message redacted of every key the case holds, as an error may quote one.
 */
export async function runCaseOrError(
  c: Case,
  run: (c: Case) => Promise<CaseRun> = runCase,
): Promise<CaseRun> {
  try {
    return await run(c);
  } catch (error) {
    const secrets = [
      c.request.key,
      c.server.goodKey ?? "",
      c.environment?.fingerprintCheck?.printedKey ?? "",
    ];
    const message = error instanceof Error ? error.message : String(error);
    return { causes: [], error: createRedactor(secrets).text(message), answered: [] };
  }
}
