import pc from "picocolors";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import type { KeySummary } from "@/lib/inspect";
import type { LocalRun } from "./run";
import type { BaseUrlVariable } from "./sources";

/**
 * The readable report. Everything printed comes from the report (already redacted by
 * lib/probe) or from key summaries (fingerprint, length, preview, findings): never a value.
 */

type Colors = ReturnType<typeof pc.createColors>;

/** Colour only on a terminal; NO_COLOR (any non-empty value) always wins, FORCE_COLOR forces it. */
export function colorsFor(env: Record<string, string | undefined>, isTty: boolean): Colors {
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  const enabled = !env.NO_COLOR && (isTty || force);
  return pc.createColors(enabled);
}

export interface SourceView {
  source: string;
  summary: KeySummary;
  state: "used" | "accepted" | "refused" | "same value as the used one" | "not probed";
}

interface RenderInput {
  report: Report;
  run?: LocalRun;
  sources: SourceView[];
  baseUrls: BaseUrlVariable[];
  variable?: string;
  shareLink?: string;
}

function probeLine(p: ProbeResult, c: Colors): string {
  const o = p.outcome;
  const status =
    o.kind === "response"
      ? o.status < 300
        ? c.green(String(o.status))
        : c.red(String(o.status))
      : c.yellow(o.error.kind);
  const time = `${Math.round(o.timeMs)} ms`;
  return `  ${p.variant.padEnd(14)} ${status.padEnd(3)}  ${c.dim(time.padStart(7))}  ${p.description}`;
}

function keyLine(s: KeySummary): string {
  return `${s.fingerprint ?? "(no fingerprint: short secret)"}, ${s.length} characters`;
}

export function renderReport(input: RenderInput, c: Colors): string {
  const { report } = input;
  const out: string[] = [];
  const target = report.target;
  const provider = report.provider ? ` (${report.provider.name})` : "";
  if (target)
    out.push(c.bold(`why401 · ${target.method} ${target.origin}${target.path}${provider}`));
  out.push("");
  const top = report.causes[0];
  const ok = report.verdict.causeId === "credentials_work";
  out.push(`${ok ? c.green("✔") : c.red("✘")} ${c.bold(report.verdict.headline)}`);
  if (top) {
    const proof = top.confirmed
      ? c.green(
          top.confirmedBy
            ? ` · confirmed by request ${top.confirmedBy}`
            : " · confirmed by a request",
        )
      : "";
    out.push(`${c.dim(`  ${top.id} · confidence ${top.confidence.toFixed(2)}`)}${proof}`);
    for (const line of top.evidence) out.push(`  ${line}`);
    if (top.fix.length > 0) {
      out.push("", c.bold("  Fix:"));
      top.fix.forEach((step, i) => {
        out.push(`  ${i + 1}. ${step}`);
      });
    }
  }
  const rest = report.causes.slice(1);
  if (rest.length > 0) {
    out.push("", c.bold("Other causes"));
    for (const cause of rest)
      out.push(`  ${cause.confidence.toFixed(2)}  ${cause.id.padEnd(24)} ${c.dim(cause.title)}`);
  }
  if (report.ruledOut.length > 0) {
    out.push("", c.bold("Ruled out by a request"));
    for (const r of report.ruledOut) out.push(`  ${r.id.padEnd(30)} ${c.dim(r.because)}`);
  }
  if (report.probes.length > 0) {
    out.push("", c.bold("Requests sent"));
    for (const p of report.probes) out.push(probeLine(p, c));
  }
  if (input.run?.proxy) {
    const { route, direct } = input.run.proxy;
    out.push("", c.bold(`Around the proxy at ${route.host} (${route.variable})`));
    for (const p of direct.probes) out.push(probeLine(p, c));
  }
  if (input.sources.length > 0) {
    out.push("", c.bold(`Where ${input.variable ?? "the key"} comes from`));
    for (const s of input.sources) {
      const mark = s.state === "used" ? c.cyan("→") : " ";
      const state =
        s.state === "accepted"
          ? c.green(s.state)
          : s.state === "refused"
            ? c.red(s.state)
            : c.dim(s.state);
      out.push(`${mark} ${s.source}: ${keyLine(s.summary)} · ${state}`);
      for (const f of s.summary.findings) out.push(`    ${c.yellow("!")} ${f.message}`);
    }
  }
  if (input.baseUrls.length > 0) {
    out.push("", c.bold("Base-URL variables (SDKs send the key there)"));
    for (const b of input.baseUrls) {
      const elsewhere = target && b.origin && b.origin !== target.origin;
      const where = b.origin ?? "(not a URL)";
      out.push(
        `  ${b.name} from ${b.source} → ${where}${elsewhere ? c.yellow(`: not ${target.origin}, the endpoint tested here`) : ""}`,
      );
    }
  }
  if (input.shareLink) out.push("", `Share link: ${input.shareLink}`);
  return `${out.join("\n")}\n`;
}
