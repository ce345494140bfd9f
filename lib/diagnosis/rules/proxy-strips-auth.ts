import { CERTAIN, NOTCH, NUDGE, SAID, WEAK } from "../confidence";
import { echoes } from "../rule-support/evidence-lookups";
import { directReading } from "../rule-support/local-evidence";
import { sameAnswer } from "../rule-support/probe-lookups";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const proxyStripsAuth: Rule = (ev, ctx) => {
  const captures = echoes(ev);
  const bare = captures.filter((c) => c.credential === undefined);
  const fix = [
    "Find the hop that drops it: run the echo check directly from your app, then through each proxy in turn, and see where the header disappears.",
    'Common culprits: a corporate proxy or CDN that strips Authorization, Apache with mod_wsgi (needs WSGIPassAuthorization On), an nginx location with proxy_set_header Authorization "", or a client that drops headers on redirect.',
    "If your app talks to a local proxy (LiteLLM, an API relay), check that it forwards the key or adds its own.",
  ];
  if (captures.length > 0 && bare.length === captures.length) {
    const seen = bare[0]?.headerNames.slice(0, 12).join(", ") ?? "";
    return {
      id: "proxy_strips_auth",
      confidence: SAID,
      title: "A proxy removed or rewrote the key on the way",
      headline: "Your app's requests arrive without the key: something removes it",
      evidence: [
        `The echo check recorded ${captures.length} request${captures.length === 1 ? "" : "s"} from your app without any credential header${seen ? ` (headers seen: ${seen})` : ""}.`,
      ],
      fix,
      basis: "environment",
    };
  }
  const asSent = ctx.asSent?.response;
  // The command line sent the same probes through the environment's proxy and around it.
  const direct = directReading(ev);
  if (
    direct?.keyCounted &&
    asSent &&
    ctx.noCredential &&
    sameAnswer(asSent, ctx.noCredential.response)
  ) {
    return {
      id: "proxy_strips_auth",
      confidence: CERTAIN - NUDGE,
      title: "The proxy on the way removes the key",
      headline: `The proxy at ${direct.host} removes the key before the API sees it`,
      evidence: [
        `Through the proxy at ${direct.host} (from HTTP_PROXY / HTTPS_PROXY), the answer with the key was the same as without it: ${answerLabel(asSent)}.`,
        `Sent directly, the same request with the key got ${answerLabel(direct.asSent)}.`,
      ],
      fix: [
        `Let the proxy at ${direct.host} forward the Authorization header (or the header the key travels in), or add this API's host to NO_PROXY.`,
        ...fix,
      ],
      basis: "probe",
    };
  }
  // Our own probe through a proxy in front of the API: the key counted for nothing.
  const via = asSent?.headers.via;
  if (via && ctx.noCredential && sameAnswer(asSent, ctx.noCredential.response)) {
    return {
      id: "proxy_strips_auth",
      confidence: WEAK + NOTCH,
      title: "A proxy removed or rewrote the key on the way",
      headline: "A proxy in front of the API may drop the key",
      evidence: [
        `The answer passed through a proxy (via: ${via}) and was the same with and without the key.`,
      ],
      fix,
      basis: "probe",
    };
  }
  return undefined;
};
