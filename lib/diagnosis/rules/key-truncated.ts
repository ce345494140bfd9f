import type { ProviderId } from "../../providers";
import { getProvider } from "../../providers";
import { DOUBTFUL, EVEN, NOTCH, PROVEN, STRONG } from "../confidence";
import { basisFor, KIND_LABELS, refused } from "../rule-support/evidence-lookups";
import { answerLabel, article } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

function formatLabel(
  providerId: ProviderId,
  formatId: string,
): { provider: string; kind: string; keyPage?: string; prefix: string } {
  try {
    const p = getProvider(providerId);
    const f = p.keyFormats.find((k) => k.id === formatId);
    return {
      provider: p.name,
      kind: KIND_LABELS[f?.kind ?? "secret"] ?? "key",
      keyPage: p.keyPage,
      prefix: f?.prefix ?? "",
    };
  } catch {
    return { provider: providerId, kind: "key", prefix: "" };
  }
}

/**
 * A prefix this short ("sk-") starts the keys of many services besides the catalog's one
 * (LiteLLM, DeepSeek, self-hosted proxies): on an API the catalog does not know, a key that
 * merely starts like it and is shorter is not evidence of a cut copy.
 */
const SHARED_PREFIX_MAX = 3;

export const keyTruncated: Rule = (ev, ctx) => {
  // A redacted or placeholder paste is short on purpose; key_placeholder speaks for it.
  if (ctx.truncated.length === 0 || ev.inspection.notARealKey) return undefined;
  const own = ctx.truncated.find((t) => t.providerId === ev.providerId);
  const match = own ?? ctx.truncated[0]!;
  const { provider, kind, keyPage, prefix } = formatLabel(match.providerId, match.formatId);
  const shared = !own && !ctx.provider && prefix.length <= SHARED_PREFIX_MAX;
  let confidence = own || (!ctx.provider && !shared) ? STRONG : shared ? DOUBTFUL : EVEN + NOTCH;
  const evidence = [
    `The key is ${ev.key.length} characters long; it starts like ${article(provider)} ${provider} ${kind}, which has at least ${match.expectedMin}.`,
  ];
  const asSent = refused(ctx);
  if (asSent) {
    confidence = Math.min(PROVEN, confidence + NOTCH);
    evidence.push(`${ctx.apiTitle} answered ${answerLabel(asSent)}.`);
  }
  return {
    id: "key_truncated",
    confidence,
    title: "The key is shorter than its format: the copy was cut",
    headline: `The key is too short for ${article(provider)} ${provider} ${kind}: the copy was cut`,
    evidence,
    fix: [
      "Copy the whole key again: line wrapping in a terminal, a narrow dialog or a length-limited config field can cut it.",
      keyPage
        ? `Most providers show a secret only once: if the full key is lost, create a new one at ${keyPage}.`
        : "If the full key is lost, create a new one in the provider's dashboard.",
    ],
    basis: basisFor(ctx),
  };
};
