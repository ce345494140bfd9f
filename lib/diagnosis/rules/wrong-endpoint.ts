import { EVEN, LEANING, NOTCH, NUDGE, PROBABLE, PROVEN, STRONG } from "../confidence";
import { awsRefusal } from "../rule-support/aws-refusals";
import { refused } from "../rule-support/evidence-lookups";
import { gatewayOf } from "../rule-support/gateway-sentences";
import { answerLabel, article } from "../rule-support/probe-sentences";
import type { Rule, RuleContext } from "../rule-support/rule";
import { foreignKey } from "./key-wrong-provider";

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
    if (awsRefusal(res) === "missing_token") {
      // Checked first: read-answer files it under wrong_endpoint, but it needs its own words.
      confidence = PROBABLE;
      evidence.push(
        `AWS API Gateway answered ${answerLabel(asSent)}. Despite the wording, API Gateway says this for a path, method or stage that does not exist more often than for a missing key.`,
      );
      fix.push(
        "Check the stage and resource path in the URL (https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<resource>) and the HTTP method against the API Gateway console (Resources and Stages), and that the API was deployed to that stage.",
        "If the path is right, the method uses IAM authorization: sign the request with SigV4 (an AWS SDK, curl --aws-sigv4 or aws4fetch); a key in a header does not satisfy it.",
      );
    } else if (asSent.meaning === "wrong_endpoint") {
      confidence =
        asSent.meaningSource === "catalog" || res.status !== 404 ? STRONG : PROBABLE + NUDGE;
      evidence.push(
        `${gatewayOf(asSent)?.title ?? ctx.apiTitle} answered ${answerLabel(asSent)}${asSent.note ? `: ${asSent.note}` : ""}.`,
      );
      const baseline = ctx.noCredential?.response;
      if (baseline && baseline.status === res.status && res.status === 404) {
        confidence = Math.min(PROVEN, confidence + 2 * NOTCH);
        evidence.push(
          "Without a key the answer was 404 too: the path does not exist, whatever the key.",
        );
      }
    } else if (res.status === 404 && asSent.meaning === "not_authorized") {
      // GitHub hides private resources behind 404: a typo in the path looks exactly the same.
      confidence = EVEN + NOTCH;
      evidence.push(
        `${ctx.apiTitle} answered ${answerLabel(asSent)}; it says the same for a path that does not exist, so check the URL too.`,
      );
    } else if (res.status === 405) {
      confidence = LEANING;
      evidence.push(
        `The endpoint answered ${answerLabel(asSent)}: the method is wrong for this path.`,
      );
    }
  }

  // A key from a provider with other hosts: perhaps the key is right and the URL is not.
  // Only a catalog provider's key: the catalog knows where that provider's API lives.
  const foreign = foreignKey(ev, ctx);
  const owner = foreign?.distinctive ? foreign.owner : undefined;
  if (owner) {
    confidence = Math.max(confidence, EVEN - NOTCH);
    if (!ctx.hasProbes) basis = "inspection";
    evidence.push(
      `The key is ${article(owner.name)} ${owner.name} key; ${owner.name}'s API lives at ${new URL(owner.testEndpoint.url).origin}, not ${ev.target?.origin ?? `${ctx.provider?.name}'s host`}.`,
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
