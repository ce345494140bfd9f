import { answerLabel, article } from "./describe";
import { refused } from "./key-facts";
import { foreignKey } from "./key-wrong-provider";
import type { Rule, RuleContext } from "./types";

function testEndpointStep(ctx: RuleContext): string | undefined {
  const t = ctx.provider?.testEndpoint;
  return t
    ? `${ctx.provider?.name}'s base URL and a known-good request: ${t.method} ${t.url}.`
    : undefined;
}

export const wrongEndpoint: Rule = (ev, ctx) => {
  const asSent = refused(ctx);
  const evidence: string[] = [];
  let confidence = 0;
  const fix: string[] = [];
  let basis: "probe" | "inspection" = "probe";

  if (asSent) {
    const res = asSent.response;
    const errorType = res.headers["x-amzn-errortype"] ?? "";
    if (asSent.meaning === "wrong_endpoint") {
      confidence = asSent.meaningSource === "catalog" || res.status !== 404 ? 0.85 : 0.72;
      evidence.push(
        `${ctx.apiTitle} answered ${answerLabel(asSent)}${asSent.note ? `: ${asSent.note}` : ""}.`,
      );
      const baseline = ctx.noCredential?.response;
      if (baseline && baseline.status === res.status && res.status === 404) {
        confidence = Math.min(0.95, confidence + 0.1);
        evidence.push(
          "Without a key the answer was 404 too: the path does not exist, whatever the key.",
        );
      }
    } else if (
      /MissingAuthenticationToken/i.test(errorType) ||
      /Missing Authentication Token/i.test(res.bodyExcerpt)
    ) {
      confidence = 0.6;
      evidence.push(
        "AWS API Gateway said Missing Authentication Token: it says this for a path or method that does not exist as often as for a missing signature.",
      );
    } else if (res.status === 405) {
      confidence = 0.6;
      evidence.push(
        `The endpoint answered ${answerLabel(asSent)}: the method is wrong for this path.`,
      );
    }
  }

  // A key from a provider with other hosts: perhaps the key is right and the URL is not.
  const foreign = foreignKey(ev, ctx);
  if (foreign?.distinctive) {
    confidence = Math.max(confidence, 0.45);
    if (!ctx.hasProbes) basis = "inspection";
    evidence.push(
      `The key is ${article(foreign.owner.name)} ${foreign.owner.name} key; ${foreign.owner.name}'s API lives at ${new URL(foreign.owner.testEndpoint.url).origin}, not ${ev.target?.origin ?? `${ctx.provider?.name}'s host`}.`,
    );
  }
  if (confidence === 0) return undefined;

  const step = testEndpointStep(ctx);
  if (step) fix.push(`Compare your URL with ${step}`);
  if (ctx.provider?.id === "azure-openai") {
    fix.push(
      "Azure OpenAI URLs name your resource and deployment: https://<resource>.openai.azure.com/openai/deployments/<deployment>/… with ?api-version=…; an OpenAI key does not work there, an Azure resource key does.",
    );
  }
  fix.push(
    "Check the host, region, API version and path against the API's documentation; a base URL that misses or doubles a segment (/v1) is the usual culprit.",
  );
  return {
    id: "wrong_endpoint",
    confidence,
    title: "Wrong host, path, region or base URL for this key",
    headline: "The endpoint URL is wrong for this key",
    evidence,
    fix,
    basis,
  };
};
