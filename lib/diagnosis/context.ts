import { judgeJwt } from "../inspect";
import type { Provider } from "../providers";
import { getProvider, truncatedFormatsForKey } from "../providers";
import type { Evidence } from "./evidence";
import { type AnswerReading, readAnswer } from "./rule-support/answer-reading";
import { ALTERNATIVE_VARIANTS, probe } from "./rule-support/probe-lookups";
import type { RuleContext } from "./rule-support/rule";

function catalogEntry(ev: Evidence): Provider | undefined {
  if (ev.providerId === undefined || ev.providerId === "custom") return undefined;
  try {
    return getProvider(ev.providerId);
  } catch {
    return undefined;
  }
}

/** Facts every rule needs, computed once. */
export function buildContext(ev: Evidence): RuleContext {
  const provider = catalogEntry(ev);
  const read = (variant: Parameters<typeof probe>[1]): AnswerReading | undefined => {
    const p = probe(ev, variant);
    return p ? readAnswer(provider, p) : undefined;
  };
  // Every placement probe, the follow-up round's too (it may repeat a variant under
  // another name), in the order they were sent.
  const alternatives = ev.probes
    .filter((p) => ALTERNATIVE_VARIANTS.includes(p.variant))
    .map((p) => readAnswer(provider, p))
    .filter((r): r is AnswerReading => r !== undefined);
  return {
    provider,
    apiName: provider?.name ?? "the API",
    apiTitle: provider?.name ?? "The API",
    hasProbes: ev.probes.length > 0,
    asSent: read("as-sent"),
    noCredential: read("no-credential"),
    cleaned: read("cleaned"),
    alternatives,
    jwt: ev.inspection.jwt ? judgeJwt(ev.inspection.jwt, ev.now) : undefined,
    // `cleaned` is key material: it is only measured here, never copied into a sentence.
    truncated: ev.inspection.cleaned === "" ? [] : truncatedFormatsForKey(ev.inspection.cleaned),
    serverClock: ev.probes.some(
      (p) => p.outcome.kind === "response" && p.outcome.serverDate !== undefined,
    ),
  };
}
