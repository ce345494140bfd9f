import { type Fingerprint, jsonString, realms, type Signal, signal } from "./context";

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

export const kong: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  const via = ctx.headers.via ?? "";
  if (/^kong\b/i.test(server)) out.push(signal("kong", "presence", 0.4, `server: ${server}`));
  else if (/\bkong\/\d/i.test(via)) out.push(signal("kong", "presence", 0.35, `via: ${via}`));
  if (ctx.headers["x-kong-response-latency"] !== undefined) {
    out.push(signal("kong", "own", 0.55, "x-kong-response-latency (Kong answered itself)"));
  }
  if (
    ctx.headers["x-kong-upstream-latency"] !== undefined ||
    ctx.headers["x-kong-proxy-latency"] !== undefined
  ) {
    out.push(signal("kong", "passthrough", 0, "x-kong-upstream-latency (the upstream answered)"));
  }
  if (ctx.headers["x-kong-request-id"] !== undefined) {
    out.push(signal("kong", "presence", 0.15, "x-kong-request-id"));
  }
  const message = jsonString(ctx, "message") ?? jsonString(ctx, "error_description");
  if (message !== undefined && KONG_MESSAGES.some((re) => re.test(message.trim()))) {
    out.push(signal("kong", "own", 0.6, `body: ${message.trim()}`));
  } else if (message === "Unauthorized" && out.length > 0) {
    // Kong's jwt plugin says just "Unauthorized": only telling beside other Kong signs.
    out.push(signal("kong", "own", 0.3, "body: Unauthorized"));
  }
  if (realms(ctx).includes("kong")) {
    out.push(signal("kong", "own", 0.7, 'WWW-Authenticate realm="kong"'));
  }
  return out;
};
