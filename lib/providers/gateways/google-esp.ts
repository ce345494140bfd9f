import {
  body,
  clip,
  type Fingerprint,
  header,
  jsonString,
  type Signal,
  signalsOf,
} from "./fingerprint";
import type { Gateway } from "./gateway";

// Extensible Service Proxy (v1, nginx-based) and ESPv2 (Envoy-based; also Google API
// Gateway) answer with a top-level { code, message }, unlike Google APIs' { error: {…} }.
const ESP_MESSAGES =
  /JWT validation failed|Method doesn't allow unregistered callers|Jwt is missing|Jwt is expired|Jwt verification fails|API key not valid|Method does not exist|UNAUTHENTICATED:|PERMISSION_DENIED:/i;

const ID = "google-esp";

const signals = signalsOf(ID);

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  if (/^ESF$/i.test(server)) {
    out.push(signals.presence(0.2, header("server", server), `server: ${server}`));
  }
  if (/^Google Frontend$/i.test(server)) {
    out.push(signals.presence(0.15, header("server", server), `server: ${server}`));
  }
  const message = jsonString(ctx, "message");
  const code = ctx.json?.code;
  if (message !== undefined && (typeof code === "number" || typeof code === "string")) {
    if (ESP_MESSAGES.test(message)) {
      out.push(signals.own(0.8, body("message", clip(message)), `body: ${clip(message)}`));
    }
  }
  if (
    /type\.googleapis\.com\/google\.rpc\.DebugInfo/.test(ctx.body) &&
    ctx.json?.error === undefined
  ) {
    out.push(
      signals.own(
        0.3,
        body("type", "google.rpc.DebugInfo"),
        "google.rpc.DebugInfo outside an error object",
      ),
    );
  }
  return out;
};

export const googleEsp: Gateway = {
  id: ID,
  name: "Google ESP",
  sentenceName: "Google's API proxy (ESP)",
  isGateway: true,
  detect,
  // An API key in either place; a JWT as Bearer when the service config asks for one.
  placements: [
    { placement: "header", name: "x-api-key" },
    { placement: "query", name: "key" },
    { placement: "bearer" },
  ],
  fix: "Google's ESP/API Gateway checks an API key (?key= or x-api-key) or a JWT before the backend: check the key's API restrictions include this API.",
};
