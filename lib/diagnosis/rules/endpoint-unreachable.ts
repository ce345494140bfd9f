import { FAINT, NOTCH, PROVEN, WEAK } from "../confidence";
import type { TransportError } from "../evidence";
import { capitalize, variantLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

const FIXES: Record<TransportError["kind"], string> = {
  dns: "Check the host name for typos; a name that only resolves inside your network needs why401 self-hosted there.",
  refused: "Nothing accepted the connection: check the port and that the service is running.",
  reset:
    "The connection was reset: a firewall or load balancer may drop unknown clients; check allow-lists.",
  tls: "The TLS handshake failed: an expired or self-signed certificate, or http and https mixed up (check the scheme and port).",
  timeout:
    "The server did not answer in time: check the port, a firewall, or an IP allow-list that only admits known clients.",
  invalid_header:
    "The request could not be built: the key contains characters a header may not carry.",
  too_large: "The answer's headers were too large to read: check the endpoint with curl -v.",
  not_http: "Something answered that is not HTTP: check the port and the scheme.",
  blocked:
    "why401 only calls public addresses. To test an internal API, self-host why401 with WHY401_ALLOW_PRIVATE_TARGETS=1.",
  proxy_auth:
    "Give the proxy its credentials (HTTPS_PROXY=http://user:password@proxy:port), or add this host to NO_PROXY.",
  other: "Check the URL with curl -v from a machine that should reach it.",
};

/** What each failure means, in words, for the evidence list. */
const WHAT: Record<TransportError["kind"], string> = {
  dns: "the host name did not resolve",
  refused: "the connection was refused",
  reset: "the connection was reset",
  tls: "the TLS handshake failed",
  timeout: "no answer in time",
  invalid_header: "the key could not be put in a header",
  too_large: "the answer's headers were too large",
  not_http: "the answer was not HTTP",
  blocked: "the address is private, so why401 did not call it",
  proxy_auth: "the proxy wanted its own credentials (407)",
  other: "the request failed",
};

export const endpointUnreachable: Rule = (ev, _ctx) => {
  if (ev.probes.length === 0) return undefined;
  const failures = ev.probes.flatMap((p) =>
    p.outcome.kind === "error" ? [{ variant: p.variant, error: p.outcome.error }] : [],
  );
  // A key that cannot be put in a header is a key problem (key_whitespace), and a proxy's
  // 407 is proxy_auth_required: neither is a network failure.
  const network = failures.filter(
    (f) => f.error.kind !== "invalid_header" && f.error.kind !== "proxy_auth",
  );
  if (network.length === 0) return undefined;
  const all = failures.length === ev.probes.length;
  const kinds = [...new Set(network.map((f) => f.error.kind))];
  return {
    id: "endpoint_unreachable",
    confidence: all ? PROVEN : network.some((f) => f.variant === "as-sent") ? WEAK + NOTCH : FAINT,
    title: "The endpoint could not be reached (DNS, TLS, connection or timeout)",
    headline: kinds.includes("blocked")
      ? "The endpoint is a private address that why401 will not call"
      : "The endpoint could not be reached",
    evidence: network
      .slice(0, 4)
      .map(
        (f) =>
          `${capitalize(variantLabel(f.variant))}: ${WHAT[f.error.kind]} (${f.error.message}).`,
      ),
    fix: kinds.map((k) => FIXES[k]),
    basis: "probe",
  };
};
