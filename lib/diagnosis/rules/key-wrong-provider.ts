import { getProvider, type KeyMatch, type Provider, recognizeKey } from "../../providers";
import { LEANING, NOTCH, NUDGE, PROVEN, STRONG } from "../confidence";
import type { Evidence } from "../evidence";
import { basisFor, refused } from "../rule-support/evidence-lookups";
import { answerLabel, article } from "../rule-support/probe-sentences";
import type { Rule, RuleContext } from "../rule-support/rule";

interface ForeignKey {
  /** The service whose format the key has: "Shopify", "Anthropic". */
  service: string;
  /** "an Anthropic key (sk-ant-api03-…)", "a Shopify Admin API access token (shpat_…)". */
  what: string;
  /** The format's own description, for the evidence. */
  description: string;
  /** The registry's caution about that kind of key ("the ID, not the secret"). */
  note?: string;
  /** The catalog entry of that service, when the catalog knows it (its endpoint, its key page). */
  owner?: Provider;
  /** An exact match (a distinctive prefix or structure), not a short or shared one. */
  distinctive: boolean;
}

const RANK = { exact: 2, likely: 1, possible: 0 } as const;

function ownerOf(match: KeyMatch): Provider | undefined {
  if (match.providerId === undefined) return undefined;
  try {
    return getProvider(match.providerId);
  } catch {
    return undefined;
  }
}

/**
 * The key's best format belongs to another service than the endpoint's provider, and no
 * format of the endpoint's provider fits as surely. A bare shape (32 hex…) never counts:
 * `recognizeKey` keeps it only for the endpoint's own provider.
 */
export function foreignKey(ev: Evidence, ctx: RuleContext): ForeignKey | undefined {
  const provider = ctx.provider;
  if (!provider || ev.inspection.cleaned === "") return undefined;
  const matches = recognizeKey(ev.inspection.cleaned, provider.id);
  const best = matches[0];
  if (!best || best.providerId === provider.id) return undefined;
  const own = matches.find((m) => m.providerId === provider.id);
  if (own && RANK[own.certainty] >= RANK[best.certainty]) return undefined;
  const owner = ownerOf(best);
  const shown = best.prefix.length >= 3 ? ` (${best.prefix}…)` : "";
  return {
    service: best.service,
    // The catalog's own providers keep the short form ("an xAI key (xai-…)"); a registry
    // format says its kind, which is the news ("a Shopify Admin API access token").
    what:
      best.source === "catalog"
        ? `${article(best.service)} ${best.service} key${shown}`
        : best.description,
    description: best.description,
    ...(best.note ? { note: best.note } : {}),
    ...(owner ? { owner } : {}),
    distinctive: best.certainty === "exact",
  };
}

export const keyWrongProvider: Rule = (ev, ctx) => {
  const foreign = foreignKey(ev, ctx);
  if (!foreign || !ctx.provider) return undefined;
  let confidence = foreign.distinctive ? STRONG : LEANING;
  const evidence = [
    `The key has the format of ${foreign.description}, but the endpoint belongs to ${ctx.provider.name}.`,
  ];
  if (foreign.note) evidence.push(`That kind of key is ${foreign.note}.`);
  const asSent = refused(ctx);
  if (asSent) {
    confidence = Math.min(PROVEN, confidence + NOTCH + NUDGE);
    evidence.push(`${ctx.provider.name} answered ${answerLabel(asSent)}.`);
  }
  const fix = [
    ctx.provider.keyPage
      ? `Use ${article(ctx.provider.name)} ${ctx.provider.name} key: create one at ${ctx.provider.keyPage}.`
      : `Use ${article(ctx.provider.name)} ${ctx.provider.name} key.`,
    foreign.owner
      ? `If you meant to call ${foreign.owner.name}, use its endpoint (${new URL(foreign.owner.testEndpoint.url).origin}) with this key.`
      : `If you meant to call ${foreign.service}, use its API with this key.`,
    "Check which variable your app reads: two services' keys in one .env file are easy to swap.",
  ];
  return {
    id: "key_wrong_provider",
    confidence,
    title: "The key belongs to another provider",
    headline: `This looks like ${foreign.what}, not a key for ${ctx.provider.name}`,
    evidence,
    fix,
    basis: basisFor(ctx),
  };
};
