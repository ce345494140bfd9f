import { documentedPlacement, judgedAlike } from "../baseline";
import { DOUBTFUL, LEANING, LIKELY, NOTCH, NUDGE, PROBABLE, SAID } from "../confidence";
import type { AnswerReading } from "../rule-support/answer-reading";
import { refused } from "../rule-support/evidence-lookups";
import { headerStep, requiredHeaderSteps } from "../rule-support/fix-steps";
import { gatewayFixSteps } from "../rule-support/gateway-fix-steps";
import { gatewayOf } from "../rule-support/gateway-sentences";
import { sameAnswer } from "../rule-support/probe-lookups";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

/**
 * Signs that something between the network and the code that checks the key is known to
 * drop the Authorization header: a gateway or proxy in front, PHP run as CGI/FastCGI, or
 * Apache, which does not pass Authorization on to CGI/FastCGI applications unless told to
 * (CGIPassAuth).
 */
function dropsHeadersOnTheWay(reading: AnswerReading): boolean {
  const res = reading.response;
  if (res.layer.isGateway) return true;
  const software = `${res.headers["x-powered-by"] ?? ""} ${res.headers.server ?? ""}`;
  return /\bphp\b|\bapache\b/i.test(software);
}

const CHECK_VARIABLE =
  "Check that the variable is set in the process that makes the request: an unset variable often sends an empty header.";

export const credentialsNotReceived: Rule = (ev, ctx) => {
  const asSent = refused(ctx);
  if (!asSent) return undefined;
  const status = asSent.response.status;
  // Only credential-shaped refusals: a 404, 429 or 5xx says nothing about the key.
  const disguised = status < 300;
  if (!disguised && status !== 400 && status !== 401 && status !== 403) return undefined;
  const baseline = ctx.noCredential;
  const same = baseline !== undefined && sameAnswer(baseline.response, asSent.response);
  const saysMissing = asSent.meaning === "missing";
  if (!same && !saysMissing) return undefined;

  // When a gateway wrote the answer, it is the gateway that saw no credential, not the API:
  // name it, and point at the gateway's credential, as gateway_rejected does.
  const gateway = gatewayOf(asSent);
  const who = gateway?.name ?? ctx.apiName;
  const whoTitle = gateway?.title ?? ctx.apiTitle;

  const evidence: string[] = [];
  let confidence: number;
  if (same) {
    evidence.push(
      `With the key, ${who} answered ${answerLabel(asSent)}; with no key at all it answered exactly the same.`,
    );
    // "Invalid key" from an API that says it to a missing key too: its words point at the key.
    // Without words, and with the key where the API reads it, the sameness is as much "this
    // API answers a missing and a wrong key alike" as "the key never arrived": only a known
    // header-dropper on the way (a gateway, PHP behind CGI/FastCGI) tips it towards the key
    // being lost. Where the placement was only our guess, not reading it is the likelier.
    confidence = saysMissing
      ? SAID
      : judgedAlike(ev, ctx, asSent)
        ? DOUBTFUL
        : dropsHeadersOnTheWay(asSent) || !documentedPlacement(ev, ctx)
          ? LEANING + NUDGE
          : DOUBTFUL + NUDGE;
  } else {
    confidence = baseline ? PROBABLE : LIKELY - NOTCH;
  }
  if (saysMissing) {
    evidence.push(
      asSent.meaningSource === "challenge"
        ? "Its WWW-Authenticate header asks for a Bearer token without naming an error: by the OAuth standard (RFC 6750), that means it saw no credential at all."
        : `${whoTitle} says no credential was provided${asSent.message ? `: "${asSent.message}"` : ""}.`,
    );
  }
  if (gateway) {
    evidence.push(
      `${whoTitle} sits in front of the API: the credential it did not find is its own, which may not be the API's key.`,
    );
  }
  const hint = headerStep(ctx);
  return {
    id: "credentials_not_received",
    confidence,
    title: `${gateway?.title ?? "The API"} answers as if no key was sent`,
    headline: `${whoTitle} answered as if no key was sent`,
    evidence,
    fix: gateway
      ? [
          ...gatewayFixSteps(gateway.layer),
          CHECK_VARIABLE,
          "Run the echo check to see whether your app sends the header the gateway reads.",
        ]
      : [
          hint,
          CHECK_VARIABLE,
          "If a proxy, gateway or SDK sits between your code and the API, run the echo check to see whether the header survives the trip.",
          ...requiredHeaderSteps(ctx, hint),
        ],
    basis: "probe",
  };
};
