import { NUDGE, PROVEN, SAID, STRONG } from "../confidence";
import { basisFor, refused } from "../rule-support/evidence-lookups";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const keyNotYetValid: Rule = (_ev, ctx) => {
  const early = ctx.jwt?.state === "not_yet_valid" ? ctx.jwt : undefined;
  const asSent = refused(ctx);
  const saysEarly = asSent?.meaning === "not_yet_valid";
  if (!early && !saysEarly) return undefined;

  const evidence: string[] = [];
  let confidence = 0;
  if (early) {
    confidence = asSent ? SAID + NUDGE : STRONG;
    const clock = ctx.serverClock ? "the API server's clock (its Date header)" : "the current time";
    evidence.push(
      `The token is ${early.relative}${early.notBefore ? ` (nbf ${early.notBefore})` : ""}, judged by ${clock}.`,
    );
  }
  if (asSent) {
    if (saysEarly) confidence = early ? PROVEN : SAID - NUDGE;
    evidence.push(`${ctx.apiTitle} answered ${answerLabel(asSent)}.`);
  }
  return {
    id: "key_not_yet_valid",
    confidence,
    title: "The token is not valid yet (clock skew)",
    headline: "The token is not valid yet: a clock is off",
    evidence,
    fix: [
      "Sync the clocks: the token issuer's clock runs ahead of the API's. Turn on NTP (timedatectl set-ntp true, w32tm /resync, or the host's time sync for VMs and containers).",
      "Allow a small leeway (30–60 seconds) for nbf and iat in the service that validates the token.",
      "If the token was minted with a future nbf on purpose, wait until then.",
    ],
    basis: basisFor(ctx),
  };
};
