import { GATEWAYS } from "../../providers/gateways/index";
import { NUDGE, SAID, STRONG } from "../confidence";
import { awsRefusal } from "../rule-support/aws-refusals";
import { gatewayFixSteps } from "../rule-support/gateway-fix-steps";
import { gatewayAnswerSentence, gatewayOf } from "../rule-support/gateway-sentences";
import { loginWall } from "../rule-support/login-wall";
import { capitalize } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const gatewayRejected: Rule = (_ev, ctx) => {
  const asSent = ctx.asSent;
  if (!asSent || asSent.success) return undefined;
  const res = asSent.response;
  const wall = loginWall(ctx);
  if (wall) {
    return {
      id: "gateway_rejected",
      confidence: STRONG,
      title: "A gateway or edge layer refused the request before the API",
      headline: "A login wall in front of the API answered instead of the API",
      evidence: [
        `The endpoint redirects to a sign-in page at ${wall}, with the key and without it alike: a login layer in front of the API (forward authentication such as Authelia, oauth2-proxy or Authentik) answered, so the API never saw the request.`,
      ],
      fix: [
        "Exempt the API's paths from the login layer (a bypass rule for the API's paths, e.g. ^/api/), so that the API's own key authentication handles them.",
        "Or send the credential the login layer itself accepts (a service token or a bearer token it validates), as well as the API's key.",
      ],
      basis: "probe",
    };
  }
  const accessLogin = res.redirect?.cloudflareAccess === true;
  const layer = accessLogin ? "cloudflare-access" : res.layer.layer;
  const gatewayAnswer =
    accessLogin ||
    (res.layer.isGateway &&
      res.layer.confidence >= 0.4 &&
      [400, 401, 403, 404].includes(res.status));
  if (!gatewayAnswer) return undefined;

  let confidence = accessLogin ? SAID + NUDGE : 0.55 + 0.4 * res.layer.confidence;
  const gateway = gatewayOf(asSent);
  const name = GATEWAYS[layer].sentenceName;
  const evidence = [
    accessLogin || !gateway
      ? `The endpoint redirects to a Cloudflare Access login page${res.redirect?.location ? ` at ${res.redirect.location}` : ""}: a login wall in front of the API, so the API never saw the request.`
      : gatewayAnswerSentence(asSent, gateway),
  ];
  // The provider's own documented bad-key answer is the API speaking through its edge.
  if (asSent.meaningSource === "catalog") confidence *= 0.4;
  if (res.status === 404 && !accessLogin) confidence *= 0.7;
  // AWS names the real problem: a missing/incomplete SigV4 signature or a route that does not exist.
  if (awsRefusal(res) !== undefined) confidence *= 0.6;
  return {
    id: "gateway_rejected",
    confidence,
    title: "A gateway or edge layer refused the request before the API",
    // Brand names keep their case ("nginx"); only "the …" phrases are capitalised.
    headline: `${name.startsWith("the ") ? capitalize(name) : name} refused the request before it reached the API`,
    evidence,
    fix: gatewayFixSteps(layer),
    basis: "probe",
  };
};
