import { EVEN, NUDGE, SAID, STRONG } from "../confidence";
import { loginWall } from "../rule-support/login-wall";
import { isRedirect } from "../rule-support/probe-lookups";
import { statusLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const redirectDropsAuth: Rule = (_ev, ctx) => {
  const res = ctx.asSent?.response;
  if (!res || !isRedirect(res)) return undefined;
  const redirect = res.redirect;
  // A Cloudflare Access login is a gateway asking for its own login: gateway_rejected says so.
  if (redirect?.cloudflareAccess) return undefined;
  // So is a sign-in page that the request without a key was sent to as well.
  if (loginWall(ctx)) return undefined;
  const location = redirect?.location ?? res.headers.location ?? "another URL";
  let confidence = EVEN;
  let headline = "The endpoint redirects; call the final URL directly";
  const evidence = [
    `The endpoint answered ${statusLabel(res.status)} and redirects to ${location}.`,
  ];
  if (redirect && !redirect.sameOrigin && !redirect.httpsUpgrade) {
    confidence = SAID - NUDGE;
    headline = "The endpoint redirects to another host, and clients drop the key on the way";
    evidence.push(
      "HTTP clients (fetch, curl -L, Python requests, Go) drop the Authorization header when a redirect leaves the origin, so the second request arrives without the key.",
    );
  } else if (redirect?.httpsUpgrade) {
    confidence = STRONG;
    headline = "The endpoint redirects http to https; clients drop the key or the body on the way";
    evidence.push(
      "Clients treat http → https as a new origin: many drop Authorization there, and 301/302 turn a POST into a GET without its body.",
    );
  } else {
    evidence.push(
      "Even on the same origin, a 301/302 turns a POST into a GET and some clients do not resend credentials.",
    );
  }
  return {
    id: "redirect_drops_auth",
    confidence,
    title: "A redirect drops the key",
    headline,
    evidence,
    fix: [
      `Call the final URL directly: ${location}.`,
      redirect?.httpsUpgrade
        ? "Use https:// in the base URL."
        : "Fix the base URL (trailing slash, www, region host, api version) so that no redirect happens.",
      "Do not rely on following redirects with credentials: if you must, re-add the header yourself after checking the new host.",
    ],
    basis: "probe",
  };
};
