import { sameAnswer } from "./probe-lookups";
import type { RuleContext } from "./rule";

/**
 * Where a sign-in page lives: a path step such as /login or /oauth2/, a return-address
 * parameter (rd, redirect_uri, return_to, next), or a host named for it (auth., sso.).
 */
const SIGN_IN =
  /\/(log-?in|sign[-_]?in|auth|authorize|oauth2?|sso|saml2?|cas|idp|openid-connect)(\/|\?|$)|[?&](rd|redirect_uri|redirect_url|return_to|returnto|return_url|next|continue)=|^https?:\/\/(auth|login|sso|id|idp|accounts|signin)\./i;

/**
 * The answer is a redirect to a sign-in page on another host, and the request without a
 * key got the same redirect: a login wall in front of the API (forward authentication
 * such as Authelia, oauth2-proxy or Authentik) answered, whatever the key. It is a layer
 * refusing, not a redirect that drops the key: following it leads to a login form.
 */
export function loginWall(ctx: RuleContext): string | undefined {
  const res = ctx.asSent?.response;
  const redirect = res?.redirect;
  if (!res || !redirect || redirect.sameOrigin || redirect.cloudflareAccess) return undefined;
  if (!SIGN_IN.test(redirect.location)) return undefined;
  const baseline = ctx.noCredential?.response;
  if (!baseline || !sameAnswer(baseline, res)) return undefined;
  return redirect.location;
}
