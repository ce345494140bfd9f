import type { Dispatcher } from "undici";
import type { DiagnoseRequest } from "@/app/api/diagnose/schema";
import { parseConfig } from "@/lib/config";
import type { LocalValue, ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { runDiagnosis } from "@/lib/probe";
import { DEFAULT_DEADLINES } from "@/lib/probe/deadlines";
import { type ProxyRoute, proxyDispatcher, proxyRoute } from "./proxy";
import type { Env, FoundValue } from "./sources";

/**
 * One diagnosis from where the command runs: the used value through the route this
 * environment takes (the report), the other values found for the same variable, and the
 * used value again around the proxy when one is in the way. Everything goes through
 * lib/probe's runDiagnosis: same guard, same probes, same redaction as the server.
 */

export interface LocalRun {
  report: Report;
  others: (LocalValue & { found: FoundValue })[];
  proxy?: { route: ProxyRoute; direct: Report };
}

interface RunContext {
  env: Env;
  strict: boolean;
  progress: (line: string) => void;
}

const quiet = () => {};

function works(report: Report): boolean {
  return report.verdict.causeId === "credentials_work";
}

function statusOf(p: ProbeResult): string {
  return p.outcome.kind === "response" ? String(p.outcome.status) : p.outcome.error.kind;
}

export async function diagnoseHere(
  request: DiagnoseRequest,
  used: FoundValue,
  others: FoundValue[],
  ctx: RunContext,
): Promise<LocalRun> {
  const parsed = parseConfig({ WHY401_ALLOW_PRIVATE_TARGETS: ctx.strict ? "0" : "1" });
  if (!parsed.ok) throw new Error(parsed.message);
  // Private targets are allowed (this runs in the user's own network); cloud metadata
  // addresses stay refused by the guard whatever the setting. --strict is the server's policy.
  const config = parsed.config;
  const url = new URL(request.endpoint ?? "");
  const route = proxyRoute(url, ctx.env);
  const dispatcher: Dispatcher | undefined = route
    ? proxyDispatcher(route, ctx.env, DEFAULT_DEADLINES)
    : undefined;
  const base = { ...request, key: used.value };
  try {
    const [otherReports, direct] = await Promise.all([
      Promise.all(
        others.map((found) =>
          runDiagnosis(
            { ...base, key: found.value, tryVariants: false },
            { config, dispatcher, log: quiet },
          ),
        ),
      ),
      route ? runDiagnosis(base, { config, log: quiet }) : undefined,
    ]);
    const checked = others.map((found, i) => {
      const r = otherReports[i]!;
      ctx.progress(`${found.source}: ${works(r) ? "accepted" : "refused"}`);
      return {
        found,
        source: found.source,
        fingerprint: r.key.fingerprint,
        length: r.key.length,
        works: works(r),
      };
    });
    if (route && direct)
      ctx.progress(
        `directly, without the proxy at ${route.host}: ${direct.probes.map(statusOf).join(" ")}`,
      );

    const report = await runDiagnosis(
      {
        ...base,
        environment: {
          local: {
            source: used.source,
            others: checked.map(({ found: _found, ...value }) => value),
            ...(route && direct ? { proxy: { host: route.host, direct: direct.probes } } : {}),
          },
        },
      },
      {
        config,
        dispatcher,
        log: quiet,
        onProbe: (p) => ctx.progress(`${p.variant}: ${statusOf(p)}`),
      },
    );
    return { report, others: checked, proxy: route && direct ? { route, direct } : undefined };
  } finally {
    await dispatcher?.destroy().catch(() => {});
  }
}
