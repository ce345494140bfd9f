import { clip, type Fingerprint, type Signal, signal } from "./context";

// Local replies of Envoy's jwt_authn, RBAC and router filters: plain text, not JSON.
const ENVOY_BODIES =
  /^(Jwt is missing|Jwt is expired|Jwt verification fails|Jwt is not yet valid|Jwt issuer is not configured|Jwks remote fetch is failed|Jwks doesn't have key to match kid or alg from Jwt|Audiences in Jwt are not allowed|Jwt header \[alg\] field is required|Jwt is not in the form of Header\.Payload\.Signature.*|RBAC: access denied|upstream connect error or disconnect\/reset before headers.*|no healthy upstream)\s*$/i;

export const envoy: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  if (/^(istio-)?envoy\b/i.test(server)) {
    out.push(signal("envoy", "presence", 0.4, `server: ${server}`));
  }
  if (ctx.headers["x-envoy-upstream-service-time"] !== undefined) {
    out.push(
      signal("envoy", "passthrough", 0, "x-envoy-upstream-service-time (the upstream answered)"),
    );
  }
  const other = Object.keys(ctx.headers).filter(
    (h) => h.startsWith("x-envoy-") && h !== "x-envoy-upstream-service-time",
  );
  if (other.length > 0) out.push(signal("envoy", "presence", 0.2, other.join(", ")));
  const text = ctx.body.trim();
  if (ctx.json === undefined && ENVOY_BODIES.test(text)) {
    out.push(signal("envoy", "own", 0.75, `body: ${clip(text)}`));
  }
  return out;
};
