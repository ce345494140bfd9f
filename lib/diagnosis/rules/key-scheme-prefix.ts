import { placementLabel } from "../../providers/placement";
import { provenAlternative } from "../baseline";
import { LIKELY, NUDGE, PROVEN, SAID } from "../confidence";
import { findingKindsFor } from "../finding-causes";
import { weighCleaned } from "../rule-support/cleaned-probe";
import { basisFor, echoWithFindings, findingsOf } from "../rule-support/evidence-lookups";
import type { Rule } from "../rule-support/rule";

const KINDS = findingKindsFor("key_scheme_prefix");

export const keySchemePrefix: Rule = (ev, ctx) => {
  const found = findingsOf(ev, KINDS);
  const echoed = echoWithFindings(ev, ["scheme_prefix"]);
  if (found.length === 0 && !echoed) return undefined;

  const evidence = found.slice(0, 2).map((f) => f.message);
  let confidence = found.length > 0 ? LIKELY : 0;
  const doubles = ev.auth?.placement === "bearer" || ev.auth?.placement === "authorization";
  if (found.length > 0 && ev.auth) {
    evidence.push(
      `The request puts the key into ${placementLabel(ev.auth)}, so the header carries the scheme word ${doubles ? "twice" : "as part of the key"}.`,
    );
  }
  confidence = weighCleaned(ctx, confidence, evidence, {
    without: "Without the prefix",
    problem: "the prefix is",
  });
  // The scheme pasted twice ("token token …") in a bare Authorization value: the cleaned
  // probe strips both words and so cannot test it, but the cleaned key working under a
  // scheme shows the value itself was right once the doubled words are gone.
  const pastedTwice = found.filter((f) => f.kind === "scheme_prefix").length >= 2;
  const working = provenAlternative(ctx);
  if (pastedTwice && working && ev.auth?.placement === "authorization") {
    confidence = Math.max(confidence, PROVEN + NUDGE);
    evidence.push(
      `Without the pasted scheme words, the same key worked as ${working.probe.description}: the header carried the scheme twice.`,
    );
  }
  if (echoed) {
    confidence = Math.max(confidence, SAID + NUDGE);
    evidence.push(
      `The echo check saw your app send ${echoed.credential?.name ?? "the header"} with the scheme word inside the key as well (e.g. "Bearer Bearer …").`,
    );
  }
  return {
    id: "key_scheme_prefix",
    confidence,
    title: 'The pasted key includes "Bearer", "Basic", "token" or a header name',
    headline: doubles
      ? 'The key already starts with "Bearer "/"token ", so the header doubles it'
      : "The key contains an auth scheme word or a whole header line",
    evidence,
    fix: [
      'Store only the key itself in the variable, without "Bearer ", "token " or "Authorization:": the client or SDK adds the scheme.',
      "If your code builds the header by hand, add the scheme once: Authorization: Bearer $API_KEY.",
    ],
    basis: echoed && found.length === 0 ? "environment" : basisFor(ctx),
  };
};
