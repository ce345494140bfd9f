import { placementLabel, placementName } from "../../providers/placement";
import type { KeyFormat } from "../../providers/schema";
import { LIKELY, NOTCH, NUDGE, SAID, STRONG, WEAK } from "../confidence";
import { answerText } from "../rule-support/answer-reading";
import { basisFor, KIND_LABELS, refused } from "../rule-support/evidence-lookups";
import { headerStep, regenerateStep } from "../rule-support/fix-steps";
import { fixForKind } from "../rule-support/key-kind-fixes";
import { answerLabel, article } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

const EXPECTS_OAUTH = /expected (an? )?oauth ?2? access token/i;

/** Kinds that are never a credential on their own, whatever the catalog's flag says. */
const NEVER_CREDENTIAL = new Set(["publishable", "key_id", "account_id", "application_key"]);

function unusable(format: KeyFormat, placement: string | undefined): boolean {
  // A Cloudflare Global API Key works only as X-Auth-Key (with X-Auth-Email), never as a Bearer token.
  if (format.kind === "global_key") {
    return placement === "bearer" || placement === "authorization" || !format.usableAsCredential;
  }
  return NEVER_CREDENTIAL.has(format.kind) || !format.usableAsCredential;
}

export const keyWrongType: Rule = (ev, ctx) => {
  const provider = ctx.provider;
  const asSent = refused(ctx);
  const saysWrongType = asSent?.meaning === "wrong_type";
  const formats = provider
    ? ev.keyProviders
        .filter((k) => k.providerId === provider.id)
        .map((k) => provider.keyFormats.find((f) => f.id === k.formatId))
        .filter((f): f is KeyFormat => f !== undefined)
    : [];
  const wrong =
    formats.length > 0 && formats.every((f) => unusable(f, ev.auth?.placement))
      ? formats[0]
      : undefined;
  // The API says it wants an OAuth access token, and the key is a catalog API key (not a
  // JWT or an OAuth token): an API key where the API only takes OAuth (Vertex AI, most
  // Google Cloud APIs).
  const wantsOAuth =
    asSent !== undefined &&
    !saysWrongType &&
    EXPECTS_OAUTH.test(answerText(asSent.response)) &&
    ev.inspection.jwt === undefined &&
    ev.keyProviders.length > 0 &&
    ev.keyProviders.every((k) => k.keyKind !== "oauth_token" && k.keyKind !== "token");
  if (!wrong && !saysWrongType && !wantsOAuth) return undefined;
  // The provider's own usable key in the wrong place is a header problem (wrong_auth_header);
  // in the provider's own place, "wrong kind" is about the key (a bot token for a user method).
  const placedRight =
    provider !== undefined &&
    ev.auth !== undefined &&
    ev.auth.placement === provider.auth.placement &&
    placementName(ev.auth) === placementName(provider.auth);
  const ownUsableKey = !placedRight && formats.some((f) => !unusable(f, ev.auth?.placement));

  const evidence: string[] = [];
  let confidence = 0;
  if (wrong && provider) {
    confidence = STRONG;
    const kind = KIND_LABELS[wrong.kind] ?? wrong.kind;
    evidence.push(
      wrong.kind === "global_key" && ev.auth
        ? `The key has the format of ${article(provider.name)} ${provider.name} ${kind}, which does not work as ${placementLabel(ev.auth)}.`
        : `The key has the format of ${article(provider.name)} ${provider.name} ${kind}, which the API does not accept as a credential.`,
    );
  }
  if (wantsOAuth && asSent) {
    confidence = Math.max(confidence, LIKELY - NOTCH);
    evidence.push(
      "The API says it expects an OAuth access token, and the key has the shape of an API key, not of a token.",
    );
  }
  if (asSent) {
    // With the provider's own usable key, "wrong kind of credential" means the wrong header:
    // wrong_auth_header explains it, and a new key would not help.
    if (saysWrongType)
      confidence = ownUsableKey ? WEAK : Math.max(confidence, SAID - NUDGE) + NOTCH;
    else confidence += NOTCH;
    evidence.push(`${ctx.apiTitle} answered ${answerLabel(asSent)}.`);
  }
  const kindFix = wrong ? fixForKind(wrong.kind, ctx) : undefined;
  return {
    id: "key_wrong_type",
    confidence,
    title: "Right provider, wrong kind of key",
    headline:
      wrong && provider
        ? `This is ${article(provider.name)} ${provider.name} ${KIND_LABELS[wrong.kind] ?? "key"}, not the kind of key this request needs`
        : `${ctx.apiTitle} says this kind of key cannot be used here`,
    evidence,
    fix: kindFix ?? [regenerateStep(ctx), headerStep(ctx)],
    basis: basisFor(ctx),
  };
};
