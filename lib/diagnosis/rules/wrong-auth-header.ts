import type { ResolvedAuth } from "../../providers";
import { GATEWAYS } from "../../providers/gateways/index";
import { placementLabel, placementName, sameAuth } from "../../providers/placement";
import type { AlternativeAuth } from "../../providers/schema";
import { provenAlternative } from "../baseline";
import {
  EVEN,
  LEANING,
  LIKELY,
  NOTCH,
  NUDGE,
  PROBABLE,
  PROVEN,
  SAID,
  STRONG,
  WEAK,
} from "../confidence";
import type { Evidence } from "../evidence";
import { hyphenSpelling } from "../follow-up";
import { awsRefusal } from "../rule-support/aws-refusals";
import { echoes, refused } from "../rule-support/evidence-lookups";
import { headerStep, requiredHeaderSteps } from "../rule-support/fix-steps";
import { sameAnswer } from "../rule-support/probe-lookups";
import { answerLabel, capitalize } from "../rule-support/probe-sentences";
import type { CauseCandidate, Rule, RuleContext } from "../rule-support/rule";

/**
 * The placements the provider accepts for this key: an alternative limited to some kinds
 * of key (Anthropic's Bearer, for OAuth tokens) counts only when the key is of that kind.
 */
function acceptedPlacements(ev: Evidence, ctx: RuleContext): ResolvedAuth[] {
  const p = ctx.provider;
  if (!p) return [];
  const kinds = ev.keyProviders.filter((k) => k.providerId === p.id).map((k) => k.keyKind);
  const fits = (a: AlternativeAuth) =>
    a.keyKinds === undefined || kinds.length === 0 || a.keyKinds.some((k) => kinds.includes(k));
  return [p.auth, ...p.alternativeAuth.filter(fits)];
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
  const working = asSent ? provenAlternative(ctx) : undefined;
  if (working && asSent) {
    confidence = PROVEN;
    const label = working.probe.description;
    evidence.push(
      `The same key worked as ${label} (${answerLabel(working)}), while ${placementLabel(ev.auth)} got ${answerLabel(asSent)}.`,
    );
    headline = `The key works as ${label}, not as ${placementLabel(ev.auth)}`;
    fix.push(`Send the key as ${label}.`);
    const reason = working.probe.followUp;
    if (reason?.kind === "layer") {
      evidence.push(
        `${capitalize(GATEWAYS[reason.layer].sentenceName)} answered the first requests, and it reads its key as ${label}: the follow-up request sent it there.`,
      );
    }
  }

  // 1c. A gateway in front says it found no key, the user put the key where they meant to,
  // and the gateway's own placements are elsewhere (Kong's key-auth reads `apikey`): the key
  // is in the wrong header for the layer that checks it. Without the user's own choice the
  // placement was our guess, and gateway_rejected (with the gateway's fix) says it better.
  const layer = asSent?.response.layer;
  const gatewayReads = layer?.isGateway ? GATEWAYS[layer.layer].placements : [];
  const userAuth = ev.auth;
  if (
    asSent &&
    !working &&
    ev.authChosen === true &&
    userAuth !== undefined &&
    layer !== undefined &&
    layer.confidence >= LEANING &&
    asSent.meaning === "missing" &&
    gatewayReads.length > 0 &&
    !gatewayReads.some((a) => sameAuth(a, userAuth))
  ) {
    const gateway = GATEWAYS[layer.layer];
    const where = gatewayReads.map((a) => placementLabel(a)).join(" or ");
    confidence = Math.max(confidence, SAID + NUDGE);
    headline = `${capitalize(gateway.sentenceName)} reads its key from ${placementLabel(gatewayReads[0])}, not ${placementLabel(userAuth)}`;
    evidence.push(
      `${capitalize(gateway.sentenceName)} answered ${answerLabel(asSent)}, as if no key was sent: it reads its key as ${where}, and the key was sent as ${placementLabel(userAuth)}.`,
    );
    fix.push(
      `Send the key where ${gateway.sentenceName} reads it: ${placementLabel(gatewayReads[0])}.`,
    );
  }

  // 1b. An underscored header name. nginx (and the proxies and gateways built on it) drops
  // such headers without a word, but from here a request cannot tell which hop dropped it
  // or whether the API reads another name: what it proves is that the name must change,
  // so the finding belongs to this cause, not to proxy_strips_auth.
  const hyphen = ev.auth ? hyphenSpelling(ev.auth) : undefined;
  if (hyphen?.placement === "header" && ev.auth?.placement === "header" && asSent) {
    const spelled = hyphen.name;
    const workedAs = working?.probe.auth;
    const hyphenWorked = workedAs !== undefined && sameAuth(workedAs, hyphen);
    const unseen =
      asSent.meaning === "missing" ||
      (ctx.noCredential !== undefined && sameAnswer(ctx.noCredential.response, asSent.response));
    confidence = Math.max(confidence, unseen ? LEANING : WEAK);
    evidence.push(
      `The header name ${ev.auth.name} has an underscore: nginx and the proxies built on it drop such headers silently (underscores_in_headers is off by default)${hyphenWorked ? `; spelled ${spelled} it arrived` : ", so the key may never have reached the API"}.`,
    );
    if (!working) fix.push(`Spell the header with hyphens: ${spelled}.`);
  }

  // 2. The user's placement is not one the provider accepts.
  const p = ctx.provider;
  const placements = acceptedPlacements(ev, ctx);
  const auth = ev.auth;
  const accepted = auth !== undefined && placements.some((a) => samePlacement(a, auth));
  if (p && auth && !accepted) {
    confidence = Math.max(confidence, asSent ? PROBABLE + NUDGE : EVEN + NOTCH);
    if (!working)
      headline = `${p.name} reads the key from ${placementLabel(p.auth)}, not ${placementLabel(auth)}`;
    evidence.push(
      `The key ${ctx.hasProbes ? "was sent" : "is set to go"} as ${placementLabel(auth)}, but ${p.name} expects ${placementLabel(p.auth)}.`,
    );
    // The provider answered as it does without a key: it never looked where the key was.
    const unseen =
      asSent !== undefined &&
      (asSent.meaning === "missing" ||
        (ctx.noCredential !== undefined && sameAnswer(ctx.noCredential.response, asSent.response)));
    if (unseen) {
      confidence = Math.max(confidence, SAID);
      evidence.push(
        `${p.name} answered ${answerLabel(asSent)}, as it does when no key is sent: it does not read the key from there.`,
      );
    }
  }

  // 3. The challenge names a different scheme than the one used. Skipped when the catalog
  // says the placement is right: Stripe sends `Basic realm="Stripe"` yet takes Bearer.
  if (asSent && ev.auth && !accepted) {
    const used = SCHEME_OF[ev.auth.placement];
    const schemes = asSent.response.challenges.map((c) => c.scheme.toLowerCase());
    if (schemes.length > 0 && (used === undefined || !schemes.includes(used))) {
      const offered = asSent.response.challenges.map((c) => `"${c.scheme}"`);
      confidence = Math.max(confidence, LEANING);
      evidence.push(
        `The answer's WWW-Authenticate header asks for credentials of the ${offered.join(" or ")} kind, not the kind that was sent.`,
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
    confidence = Math.max(confidence, STRONG);
    evidence.push(
      `${p.name} answered ${answerLabel(asSent)}: it takes this kind of key as ${placementLabel(p.auth)}, not ${placementLabel(ev.auth)}.`,
    );
  }

  // 3c. A bare key in Authorization, with no scheme word, that an API the catalog does not
  // know answered as it answers no key at all: almost every API wants a scheme word there
  // (Bearer, Token, Bot, Basic, Api-Key…), and one that does not find it ignores the header.
  if (
    asSent &&
    !p &&
    auth?.placement === "authorization" &&
    !/\s/.test(ev.inspection.cleaned) &&
    !working &&
    !asSent.response.layer.isGateway &&
    (asSent.meaning === "missing" ||
      (ctx.noCredential !== undefined && sameAnswer(ctx.noCredential.response, asSent.response)))
  ) {
    confidence = Math.max(confidence, LEANING + NOTCH);
    headline = `${ctx.apiTitle} ignored the key sent without a scheme word`;
    evidence.push(
      `The key went as a bare Authorization value and ${ctx.apiName} answered ${answerLabel(asSent)}, as it does without a key: most APIs only read Authorization after a scheme word such as Bearer, Token or Bot.`,
    );
    fix.push(
      "Check the API's documentation for the word that goes before the key in Authorization (Bearer, Token, Bot, Api-Key…) and send it that way.",
    );
  }

  // 4. AWS SigV4: the header was there but not in the shape AWS wants.
  const aws = asSent ? awsRefusal(asSent.response) : undefined;
  if (asSent && aws === "incomplete_signature") {
    confidence = Math.max(confidence, LIKELY);
    evidence.push(
      `AWS answered ${answerLabel(asSent)}: the Authorization header is not a SigV4 signature (the way AWS signs each request with an access key).`,
    );
    fix.push(
      "This AWS endpoint wants a SigV4-signed request: make it with an AWS SDK or a SigV4 signing library (curl --aws-sigv4, aws4fetch). If you were given an API Gateway API key instead, send it as x-api-key; a plain Bearer key does not work.",
    );
  } else if (aws === "missing_token") {
    confidence = Math.max(confidence, EVEN - NOTCH);
    evidence.push(
      "AWS API Gateway said Missing Authentication Token: if the path exists, the route wants a SigV4-signed request (AWS's request signing), not a key in a header.",
    );
  }

  // 5. The echo check: the user's app sends the key under another name.
  const names = new Set(placements.map(placementName));
  const echoed = echoes(ev).find(
    (e) => e.credential && names.size > 0 && !names.has(e.credential.name.toLowerCase()),
  );
  if (echoed?.credential && p) {
    confidence = Math.max(confidence, STRONG);
    basis = "environment";
    evidence.push(
      `The echo check saw your app send the key in ${echoed.credential.name}, but ${p.name} reads it from ${[...names].join(" or ")}.`,
    );
  }

  if (confidence === 0) return undefined;
  const hint = headerStep(ctx);
  fix.push(hint, ...requiredHeaderSteps(ctx, hint));
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
