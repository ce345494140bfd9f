import { clip, type Fingerprint, jsonString, type Signal, signal } from "./context";

// Extensible Service Proxy (v1, nginx-based) and ESPv2 (Envoy-based; also Google API
// Gateway) answer with a top-level { code, message }, unlike Google APIs' { error: {…} }.
const ESP_MESSAGES =
  /JWT validation failed|Method doesn't allow unregistered callers|Jwt is missing|Jwt is expired|Jwt verification fails|API key not valid|Method does not exist|UNAUTHENTICATED:|PERMISSION_DENIED:/i;

export const googleEsp: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  if (/^ESF$/i.test(server)) out.push(signal("google-esp", "presence", 0.2, `server: ${server}`));
  if (/^Google Frontend$/i.test(server)) {
    out.push(signal("google-esp", "presence", 0.15, `server: ${server}`));
  }
  const message = jsonString(ctx, "message");
  const code = ctx.json?.code;
  if (message !== undefined && (typeof code === "number" || typeof code === "string")) {
    if (ESP_MESSAGES.test(message)) {
      out.push(signal("google-esp", "own", 0.8, `body: ${clip(message)}`));
    }
  }
  if (
    /type\.googleapis\.com\/google\.rpc\.DebugInfo/.test(ctx.body) &&
    ctx.json?.error === undefined
  ) {
    out.push(signal("google-esp", "own", 0.3, "google.rpc.DebugInfo outside an error object"));
  }
  return out;
};
