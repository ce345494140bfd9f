import type { Provider } from "../../providers";
import { getProvider } from "../../providers";
import type { Evidence } from "../evidence";
import { basisFor, KIND_LABELS, refused } from "../rule-support/evidence-lookups";
import { answerLabel, article } from "../rule-support/probe-sentences";
import type { Rule, RuleContext } from "../rule-support/rule";

export interface ForeignKey {
  owner: Provider;
  kind: string;
  /** The matched format has a distinctive prefix (sk-ant-, xai-, gsk_…), not just a length and alphabet. */
  distinctive: boolean;
}

/** The key's format belongs only to providers other than the endpoint's. */
export function foreignKey(ev: Evidence, ctx: RuleContext): ForeignKey | undefined {
  if (!ctx.provider) return undefined;
  const others = ev.keyProviders.filter((k) => k.providerId !== "custom");
  if (others.length === 0 || others.some((k) => k.providerId === ctx.provider?.id)) {
    return undefined;
  }
  const first = others[0]!;
  try {
    const owner = getProvider(first.providerId);
    const format = owner.keyFormats.find((f) => f.id === first.formatId);
    return {
      owner,
      kind: KIND_LABELS[format?.kind ?? first.keyKind] ?? "key",
      distinctive: (format?.prefix ?? "").length >= 3,
    };
  } catch {
    return undefined;
  }
}

export const keyWrongProvider: Rule = (ev, ctx) => {
  const foreign = foreignKey(ev, ctx);
  if (!foreign || !ctx.provider) return undefined;
  let confidence = foreign.distinctive ? 0.85 : 0.5;
  const evidence = [
    `The key has the format of ${article(foreign.owner.name)} ${foreign.owner.name} ${foreign.kind}, but the endpoint belongs to ${ctx.provider.name}.`,
  ];
  const asSent = refused(ctx);
  if (asSent) {
    confidence = Math.min(0.95, confidence + 0.07);
    evidence.push(`${ctx.provider.name} answered ${answerLabel(asSent)}.`);
  }
  const fix = [
    ctx.provider.keyPage
      ? `Use ${article(ctx.provider.name)} ${ctx.provider.name} key: create one at ${ctx.provider.keyPage}.`
      : `Use ${article(ctx.provider.name)} ${ctx.provider.name} key.`,
    `If you meant to call ${foreign.owner.name}, use its endpoint (${new URL(foreign.owner.testEndpoint.url).origin}) with this key.`,
    "Check which variable your app reads: two providers' keys in one .env file are easy to swap.",
  ];
  return {
    id: "key_wrong_provider",
    confidence,
    title: "The key belongs to another provider",
    headline: `This looks like ${article(foreign.owner.name)} ${foreign.owner.name} key, but the endpoint is ${ctx.provider.name}`,
    evidence,
    fix,
    basis: basisFor(ctx),
  };
};
