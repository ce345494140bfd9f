import { body, clip, type Fingerprint, header, type Signal, signalsOf } from "./fingerprint";
import type { Gateway } from "./gateway";

// Local replies of Envoy's jwt_authn, RBAC and router filters: plain text, not JSON.
const ENVOY_BODIES =
  /^(Jwt is missing|Jwt is expired|Jwt verification fails|Jwt is not yet valid|Jwt issuer is not configured|Jwks remote fetch is failed|Jwks doesn't have key to match kid or alg from Jwt|Audiences in Jwt are not allowed|Jwt header \[alg\] field is required|Jwt is not in the form of Header\.Payload\.Signature.*|RBAC: access denied|upstream connect error or disconnect\/reset before headers.*|no healthy upstream)\s*$/i;

const signals = signalsOf("envoy");

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  if (/^(istio-)?envoy\b/i.test(server)) {
    out.push(signals.presence(0.4, header("server", server), `server: ${server}`));
  }
  if (ctx.headers["x-envoy-upstream-service-time"] !== undefined) {
    out.push(
      signals.passthrough(
        header("x-envoy-upstream-service-time"),
        "x-envoy-upstream-service-time (the upstream answered)",
      ),
    );
  }
  const other = Object.keys(ctx.headers).filter(
    (h) => h.startsWith("x-envoy-") && h !== "x-envoy-upstream-service-time",
  );
  if (other.length > 0) {
    out.push(signals.presence(0.2, header(other.join(", ")), other.join(", ")));
  }
  const text = ctx.body.trim();
  if (ctx.json === undefined && ENVOY_BODIES.test(text)) {
    out.push(signals.own(0.75, body("text", clip(text)), `body: ${clip(text)}`));
  }
  return out;
};

export const envoy: Gateway = {
  id: "envoy",
  name: "Envoy / Istio",
  sentenceName: "Envoy",
  isGateway: true,
  detect,
  // jwt_authn's default: a JWT as a Bearer token (ext_authz may want anything).
  placements: [{ placement: "bearer" }],
  fix: "Envoy's jwt_authn (or ext_authz) filter refused: check the issuer, audience and expiry it is configured for; it reads Authorization: Bearer <JWT> by default, not an API key.",
};
