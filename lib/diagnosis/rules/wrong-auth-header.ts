import type { ResolvedAuth } from "../../providers/types";
import { answerLabel, placementLabel, placementName } from "./describe";
import { headerStep, requiredHeaderSteps } from "./fix";
import { echoes, refused } from "./key-facts";
import type { CauseCandidate, Rule, RuleContext } from "./types";

/** Header/parameter names the provider accepts the key in. */
function acceptedNames(ctx: RuleContext): Set<string> {
  const p = ctx.provider;
  if (!p) return new Set();
  return new Set([p.auth, ...p.alternativeAuth].map(placementName));
}

function samePlacement(a: ResolvedAuth, b: ResolvedAuth): boolean {
  return a.placement === b.placement && placementName(a) === placementName(b);
}

const SCHEME_OF: Record<string, string> = { bearer: "bearer", basic: "basic" };

export const wrongAuthHeader: Rule = (ev, ctx) => {
  const asSent = refused(ctx);
  const evidence: string[] = [];
  let confidence = 0;
  let headline = `${ctx.apiTitle} expects the key somewhere else`;
  const fix: string[] = [];
  let basis: CauseCandidate["basis"] = ctx.hasProbes ? "probe" : "inspection";

  // 1. Another placement of the same key worked: the strongest proof there is.
  const working = asSent ? ctx.alternatives.find((a) => a.success) : undefined;
  if (working && asSent) {
    confidence = 0.95;
    const label = working.probe.description;
    evidence.push(
      `The same key worked as ${label} (${answerLabel(working)}), while ${placementLabel(ev.auth)} got ${answerLabel(asSent)}.`,
    );
    headline = `The key works as ${label}, not as ${placementLabel(ev.auth)}`;
    fix.push(`Send the key as ${label}.`);
  }

  // 2. The user's placement is not one the provider accepts.
  const p = ctx.provider;
  const accepted =
    p && ev.auth ? [p.auth, ...p.alternativeAuth].some((a) => samePlacement(a, ev.auth!)) : false;
  if (p && ev.auth && !accepted) {
    confidence = Math.max(confidence, asSent ? 0.72 : 0.55);
    evidence.push(
      `The key ${ctx.hasProbes ? "was sent" : "is set to go"} as ${placementLabel(ev.auth)}, but ${p.name} expects ${placementLabel(p.auth)}.`,
    );
  }

  // 3. The challenge names a different scheme than the one used. Skipped when the catalog
  // says the placement is right: Stripe sends `Basic realm="Stripe"` yet takes Bearer.
  if (asSent && ev.auth && !accepted) {
    const used = SCHEME_OF[ev.auth.placement];
    const schemes = asSent.response.challenges.map((c) => c.scheme.toLowerCase());
    if (schemes.length > 0 && (used === undefined || !schemes.includes(used))) {
      const offered = asSent.response.challenges.map((c) => c.scheme).join(", ");
      confidence = Math.max(confidence, 0.6);
      evidence.push(
        `The WWW-Authenticate header asks for ${offered}, not the scheme that was sent.`,
      );
    }
  }

  // 3b. The provider calls it the wrong kind of credential, but the key is one of its own
  // usable keys: the placement is what is wrong (an Anthropic API key sent as Bearer).
  const ownKey = p !== undefined && ev.keyProviders.some((k) => k.providerId === p.id);
  if (
    asSent?.meaning === "wrong_type" &&
    p &&
    ev.auth &&
    ownKey &&
    !samePlacement(ev.auth, p.auth)
  ) {
    confidence = Math.max(confidence, 0.85);
    evidence.push(
      `${p.name} answered ${answerLabel(asSent)}: it takes this kind of key as ${placementLabel(p.auth)}, not ${placementLabel(ev.auth)}.`,
    );
  }

  // 4. AWS SigV4: the header was there but not in the shape AWS wants.
  const errorType = asSent?.response.headers["x-amzn-errortype"] ?? "";
  if (asSent && /IncompleteSignature/i.test(`${errorType} ${asSent.response.bodyExcerpt}`)) {
    confidence = Math.max(confidence, 0.8);
    evidence.push(
      `AWS answered ${answerLabel(asSent)}: the Authorization header is not a valid SigV4 signature.`,
    );
    fix.push(
      "This AWS endpoint wants a SigV4-signed request (an AWS SDK or aws-sigv4 signing), or an x-api-key header if it is an API Gateway key; a plain Bearer key does not work.",
    );
  } else if (asSent && /MissingAuthenticationToken/i.test(errorType)) {
    confidence = Math.max(confidence, 0.45);
    evidence.push(
      "AWS API Gateway said Missing Authentication Token: it wanted a SigV4 signature here (or the path does not exist).",
    );
  }

  // 5. The echo check: the user's app sends the key under another name.
  const names = acceptedNames(ctx);
  const echoed = echoes(ev).find(
    (e) => e.credential && names.size > 0 && !names.has(e.credential.name.toLowerCase()),
  );
  if (echoed?.credential && p) {
    confidence = Math.max(confidence, 0.85);
    basis = "environment";
    evidence.push(
      `The echo check saw your app send the key in ${echoed.credential.name}, but ${p.name} reads it from ${[...names].join(" or ")}.`,
    );
  }

  if (confidence === 0) return undefined;
  fix.push(headerStep(ctx), ...requiredHeaderSteps(ctx));
  return {
    id: "wrong_auth_header",
    confidence,
    title: "The key is in the wrong header, scheme or parameter",
    headline,
    evidence,
    fix,
    basis,
  };
};
