/**
 * What the command line learned on the user's own machine (`environment.local`): the other
 * values of the key's variable and the answers sent around a proxy. Absent in the web app.
 */

import type { Evidence, LocalValue, ProbeResponse, ProbeVariant } from "../evidence";
import { isSuccess, sameAnswer } from "./probe-lookups";

/** Another value for the same variable that the API accepted, when the diagnosed one differs. */
export function workingOtherValue(ev: Evidence): LocalValue | undefined {
  return ev.environment?.local?.others.find(
    (v) =>
      v.works &&
      (v.fingerprint === null || v.fingerprint !== (ev.keyFingerprint ?? ev.key.fingerprint)),
  );
}

export function localSource(ev: Evidence): string | undefined {
  return ev.environment?.local?.source;
}

function directAnswer(ev: Evidence, variant: ProbeVariant): ProbeResponse | undefined {
  const outcome = ev.environment?.local?.proxy?.direct.find((p) => p.variant === variant)?.outcome;
  return outcome?.kind === "response" ? outcome : undefined;
}

/** The same probes, sent without the proxy: did the key count there? */
export function directReading(
  ev: Evidence,
): { host: string; asSent: ProbeResponse; keyCounted: boolean; works: boolean } | undefined {
  const proxy = ev.environment?.local?.proxy;
  const asSent = directAnswer(ev, "as-sent");
  if (!proxy || !asSent) return undefined;
  const baseline = directAnswer(ev, "no-credential");
  const works = isSuccess(asSent) && !(baseline && isSuccess(baseline));
  return {
    host: proxy.host,
    asSent,
    keyCounted: baseline !== undefined && !sameAnswer(asSent, baseline),
    works,
  };
}
