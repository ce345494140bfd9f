import { type Fingerprint, type Signal, signal } from "./context";

// Edge error codes that mean a firewall/security rule refused the request.
const WAF_CODES = new Set(["1006", "1007", "1008", "1009", "1010", "1012", "1020"]);

/** Cloudflare's edge, its WAF pages, and Cloudflare Access (Zero Trust) in front of an app. */
export const cloudflare: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  const onCloudflare = /^cloudflare\b/i.test(server);
  if (onCloudflare) out.push(signal("cloudflare", "presence", 0.3, `server: ${server}`));
  if (ctx.headers["cf-ray"] !== undefined) {
    out.push(signal("cloudflare", "presence", 0.1, "cf-ray"));
  }
  const body = ctx.body;
  const text = body.trim();
  const plainCode = /^error code: (\d{4})$/i.exec(text)?.[1];
  const htmlCode = ctx.html
    ? /Error(?:<\/span>\s*<span[^>]*>|\s+)(1\d{3})/i.exec(body)?.[1]
    : undefined;
  const code = plainCode ?? htmlCode;
  if (code !== undefined) {
    const waf = WAF_CODES.has(code);
    out.push(
      signal(waf ? "cloudflare-waf" : "cloudflare", "own", 0.8, `Cloudflare error code ${code}`),
    );
  }
  if (ctx.html && /Attention Required! \| Cloudflare|Sorry, you have been blocked/i.test(body)) {
    out.push(signal("cloudflare-waf", "own", 0.85, "Cloudflare block page (Attention Required!)"));
  }
  if (ctx.headers["cf-mitigated"] !== undefined) {
    out.push(signal("cloudflare-waf", "own", 0.85, `cf-mitigated: ${ctx.headers["cf-mitigated"]}`));
  }
  if (ctx.html && /cf-error-details|cf-wrapper|cdn-cgi\/styles\/cf\.errors\.css/i.test(body)) {
    out.push(signal("cloudflare", "own", 0.5, "Cloudflare HTML error page"));
  }
  // Access: a login redirect, its cookies and headers, or its own 403 page.
  const location = ctx.headers.location ?? "";
  if (/\.cloudflareaccess\.com|\/cdn-cgi\/access\/login/i.test(location)) {
    out.push(signal("cloudflare-access", "own", 0.9, "redirect to the Cloudflare Access login"));
  }
  const access = Object.keys(ctx.headers).filter((h) => h.startsWith("cf-access-"));
  if (access.length > 0) {
    out.push(signal("cloudflare-access", "presence", 0.45, access.join(", ")));
  }
  if (/CF_AppSession|CF_Authorization/.test(ctx.headers["set-cookie"] ?? "")) {
    out.push(signal("cloudflare-access", "own", 0.5, "set-cookie: CF_AppSession"));
  }
  if (/Forbidden\. You don't have permission to view this/i.test(body)) {
    out.push(signal("cloudflare-access", "own", 0.8, "Cloudflare Access 403 page"));
  }
  return out;
};
