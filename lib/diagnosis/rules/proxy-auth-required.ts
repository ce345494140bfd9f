import { CERTAIN, NUDGE, PROVEN } from "../confidence";
import type { ProbeResponse } from "../evidence";
import { directReading } from "../rule-support/local-evidence";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const proxyAuthRequired: Rule = (ev, _ctx) => {
  const answers = ev.probes
    .map((p) => p.outcome)
    .filter((o): o is ProbeResponse => o.kind === "response" && o.status === 407);
  // Through a CONNECT tunnel (https via HTTPS_PROXY) the 407 arrives as a refused tunnel.
  const tunnels = ev.probes.filter(
    (p) => p.outcome.kind === "error" && p.outcome.error.kind === "proxy_auth",
  );
  const res = answers[0];
  if (!res && tunnels.length === 0) return undefined;
  const count = answers.length + tunnels.length;
  const evidence = [
    `${count === ev.probes.length ? "Every probe" : "A probe"} got 407 Proxy Authentication Required: a proxy answered, not the API.`,
  ];
  const challenge = res?.proxyChallenges[0];
  if (challenge) {
    const realm = challenge.params.realm ? ` for realm "${challenge.params.realm}"` : "";
    evidence.push(
      `The proxy asks for ${challenge.scheme} credentials${realm} (Proxy-Authenticate).`,
    );
  }
  // Around the environment's proxy the API answered on its own: the 407 is the proxy's.
  const direct = directReading(ev);
  if (direct && direct.asSent.status !== 407) {
    evidence.push(
      `Sent directly, without the proxy at ${direct.host}, the same request got ${answerLabel(direct.asSent)}.`,
    );
  }
  return {
    id: "proxy_auth_required",
    confidence: direct && direct.asSent.status !== 407 ? CERTAIN : PROVEN + NUDGE,
    title: "A forward proxy wants its own credentials (407)",
    headline: "A proxy wants its own credentials (407), before the API sees anything",
    evidence,
    fix: [
      "Give your HTTP client the proxy's credentials: HTTPS_PROXY=http://user:password@proxy:port, or the client's proxy option.",
      "Proxy-Authorization is not Authorization: the API key does not satisfy the proxy, and the proxy password must not go in Authorization.",
      "If this API should not go through the proxy, add its host to NO_PROXY.",
    ],
    basis: "probe",
  };
};
