import { EVEN, NUDGE, SAID } from "../confidence";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

const RATE_HEADERS = /^(retry-after|x-ratelimit-[\w-]+|ratelimit(-[\w-]+)?|x-rate-limit-[\w-]+)$/i;

export const rateLimited: Rule = (_ev, ctx) => {
  const keyed = [ctx.asSent, ctx.cleaned, ...ctx.alternatives].filter((r) => r !== undefined);
  const limited = keyed.find((r) => r.meaning === "rate_limited");
  const onAsSent = ctx.asSent?.meaning === "rate_limited";
  if (!limited) return undefined;
  const res = limited.response;
  const evidence = [`${onAsSent ? "The key as pasted" : "A probe"} got ${answerLabel(limited)}.`];
  const limits = Object.entries(res.headers)
    .filter(([name]) => RATE_HEADERS.test(name))
    .slice(0, 4)
    .map(([name, value]) => `${name}: ${value}`);
  if (limits.length > 0) evidence.push(`Rate-limit headers: ${limits.join("; ")}.`);
  const quota = /quota|billing|credit|insufficient_quota/i.test(res.bodyExcerpt);
  const retryAfter = res.headers["retry-after"];
  return {
    id: "rate_limited",
    confidence: onAsSent ? SAID + NUDGE : EVEN,
    title: "Rate limited (429): not a credential problem",
    headline: quota
      ? "Quota exhausted (429): the key works, the account is out of credit or quota"
      : "Rate limited (429): back off and retry",
    evidence,
    fix: [
      `Wait and retry with exponential backoff${retryAfter ? ` (the server asked for Retry-After: ${retryAfter})` : ", honouring Retry-After"}.`,
      quota
        ? "The message points at quota or billing: add credit or raise the limit in the provider's billing settings."
        : "Lower the request rate or concurrency, or ask for a higher limit.",
      "The key itself was accepted far enough to count against a limit: no need to change it.",
    ],
    basis: "probe",
  };
};
