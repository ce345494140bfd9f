import { CERTAIN, NUDGE, SAID, STRONG } from "../confidence";
import { basisFor, refused } from "../rule-support/evidence-lookups";
import { regenerateStep } from "../rule-support/fix-steps";
import { answerLabel, capitalize } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const keyExpired: Rule = (_ev, ctx) => {
  const jwtExpired = ctx.jwt?.state === "expired" ? ctx.jwt : undefined;
  const asSent = refused(ctx);
  const saysExpired = asSent?.meaning === "expired";
  if (!jwtExpired && !saysExpired) return undefined;

  const evidence: string[] = [];
  let confidence = 0;
  if (jwtExpired) {
    confidence = asSent ? SAID + NUDGE : STRONG;
    const clock = ctx.serverClock ? "the API server's clock (its Date header)" : "the current time";
    evidence.push(
      `The token's exp claim says it ${jwtExpired.relative}${jwtExpired.expiresAt ? ` (${jwtExpired.expiresAt})` : ""}, judged by ${clock}.`,
    );
  }
  if (asSent) {
    if (saysExpired) confidence = jwtExpired ? CERTAIN - NUDGE : SAID;
    evidence.push(
      `${ctx.apiTitle} answered ${answerLabel(asSent)}${asSent.note ? `: ${asSent.note}` : ""}.`,
    );
  }
  const headline = jwtExpired
    ? `The token ${jwtExpired.relative}`
    : `${ctx.apiTitle} says the key has expired`;
  return {
    id: "key_expired",
    confidence,
    title: "The key or token has expired",
    headline: capitalize(headline),
    evidence,
    fix: [
      jwtExpired
        ? "Get a fresh token: log in again or use the refresh token; cache tokens only until their exp."
        : regenerateStep(ctx),
      "Renew before expiry in long-running processes (refresh when less than a minute is left), instead of reusing the token from start-up.",
      "If a freshly issued token is refused as expired too, compare the clocks of the issuer, the API and your machine.",
    ],
    basis: basisFor(ctx),
  };
};
