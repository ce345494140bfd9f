import {
  body,
  type Fingerprint,
  header,
  jsonString,
  realm,
  realms,
  type Signal,
  signalsOf,
} from "./fingerprint";
import type { Gateway } from "./gateway";

// Messages Kong's auth plugins (key-auth, basic-auth, jwt, oauth2, acl) write themselves.
const KONG_MESSAGES = [
  /^No API key found in request$/i,
  /^Invalid authentication credentials$/i,
  /^No mandatory '.+' in request$/i,
  /^No credentials found for given '.+'$/i,
  /^Bad token; invalid JSON$/i,
  /^Invalid signature$/i,
  /^Unrecognizable request$/i,
  /^You cannot consume this service$/i,
  /^no Route matched with those values$/i,
  /^The access token is (invalid or has expired|missing)$/i,
];

const signals = signalsOf("kong");

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  const via = ctx.headers.via ?? "";
  if (/^kong\b/i.test(server)) {
    out.push(signals.presence(0.4, header("server", server), `server: ${server}`));
  } else if (/\bkong\/\d/i.test(via)) {
    out.push(signals.presence(0.35, header("via", via), `via: ${via}`));
  }
  if (ctx.headers["x-kong-response-latency"] !== undefined) {
    out.push(
      signals.own(
        0.55,
        header("x-kong-response-latency"),
        "x-kong-response-latency (Kong answered itself)",
      ),
    );
  }
  if (
    ctx.headers["x-kong-upstream-latency"] !== undefined ||
    ctx.headers["x-kong-proxy-latency"] !== undefined
  ) {
    out.push(
      signals.passthrough(
        header("x-kong-upstream-latency"),
        "x-kong-upstream-latency (the upstream answered)",
      ),
    );
  }
  if (ctx.headers["x-kong-request-id"] !== undefined) {
    out.push(signals.presence(0.15, header("x-kong-request-id"), "x-kong-request-id"));
  }
  const field = jsonString(ctx, "message") !== undefined ? "message" : "error_description";
  const message = jsonString(ctx, field);
  if (message !== undefined && KONG_MESSAGES.some((re) => re.test(message.trim()))) {
    out.push(signals.own(0.6, body(field, message.trim()), `body: ${message.trim()}`));
  } else if (message === "Unauthorized" && out.length > 0) {
    // Kong's jwt plugin says just "Unauthorized": only telling beside other Kong signs.
    out.push(signals.own(0.3, body(field, message), "body: Unauthorized"));
  }
  if (realms(ctx).includes("kong")) {
    out.push(signals.own(0.7, realm("", "kong"), 'WWW-Authenticate realm="kong"'));
  }
  return out;
};

export const kong: Gateway = {
  id: "kong",
  name: "Kong",
  sentenceName: "Kong",
  isGateway: true,
  detect,
  // key-auth's default key_names; a route may rename them.
  placements: [
    { placement: "header", name: "apikey" },
    { placement: "query", name: "apikey" },
  ],
  fix: "Kong's key-auth plugin reads its own consumer key from the apikey header or ?apikey= (the route's key_names may differ); the upstream API's key is separate. Ask which plugin protects the route (key-auth, jwt, oauth2, openid-connect).",
};
