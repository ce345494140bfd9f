import {
  body,
  cookie,
  type Fingerprint,
  header,
  type LayerContext,
  type Signal,
  signalsOf,
} from "./fingerprint";
import type { Gateway } from "./gateway";

// Edge error codes that mean a firewall/security rule refused the request.
const WAF_CODES = new Set(["1006", "1007", "1008", "1009", "1010", "1012", "1020"]);

/** The 1xxx code of a Cloudflare edge error (plain "error code: 1020" or its HTML page). */
function edgeErrorCode(ctx: LayerContext): string | undefined {
  const plain = /^error code: (\d{4})$/i.exec(ctx.body.trim())?.[1];
  const html = ctx.html
    ? /Error(?:<\/span>\s*<span[^>]*>|\s+)(1\d{3})/i.exec(ctx.body)?.[1]
    : undefined;
  return plain ?? html;
}

/**
 * Cloudflare's edge, its WAF pages, and Cloudflare Access (Zero Trust) in front of an app:
 * one detector, because all three share the edge's headers and pages. The edge's presence
 * signals count for Access and the WAF too (`detectLayer`).
 */
const edge = signalsOf("cloudflare");
const waf = signalsOf("cloudflare-waf");
const access = signalsOf("cloudflare-access");

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  if (/^cloudflare\b/i.test(server)) {
    out.push(edge.presence(0.3, header("server", server), `server: ${server}`));
  }
  if (ctx.headers["cf-ray"] !== undefined) {
    out.push(edge.presence(0.1, header("cf-ray"), "cf-ray"));
  }
  const code = edgeErrorCode(ctx);
  if (code !== undefined) {
    out.push(
      (WAF_CODES.has(code) ? waf : edge).own(
        0.8,
        body("errorcode", code),
        `Cloudflare error code ${code}`,
      ),
    );
  }
  const text = ctx.body;
  if (ctx.html && /Attention Required! \| Cloudflare|Sorry, you have been blocked/i.test(text)) {
    out.push(
      waf.own(
        0.85,
        body("page", `Cloudflare's "Attention Required!" block page`),
        "Cloudflare block page (Attention Required!)",
      ),
    );
  }
  const mitigated = ctx.headers["cf-mitigated"];
  if (mitigated !== undefined) {
    out.push(waf.own(0.85, header("cf-mitigated", mitigated), `cf-mitigated: ${mitigated}`));
  }
  if (ctx.html && /cf-error-details|cf-wrapper|cdn-cgi\/styles\/cf\.errors\.css/i.test(text)) {
    out.push(
      edge.own(0.5, body("page", "the Cloudflare HTML error page"), "Cloudflare HTML error page"),
    );
  }
  // Access: a login redirect, its cookies and headers, or its own 403 page.
  const location = ctx.headers.location ?? "";
  if (/\.cloudflareaccess\.com|\/cdn-cgi\/access\/login/i.test(location)) {
    out.push(
      access.own(
        0.9,
        header("location", "the Cloudflare Access login"),
        "redirect to the Cloudflare Access login",
      ),
    );
  }
  const accessHeaders = Object.keys(ctx.headers).filter((h) => h.startsWith("cf-access-"));
  if (accessHeaders.length > 0) {
    out.push(access.presence(0.45, header(accessHeaders.join(", ")), accessHeaders.join(", ")));
  }
  const session = /CF_AppSession|CF_Authorization/.exec(ctx.headers["set-cookie"] ?? "")?.[0];
  if (session !== undefined) {
    out.push(access.own(0.5, cookie(session), "set-cookie: CF_AppSession"));
  }
  if (/Forbidden\. You don't have permission to view this/i.test(text)) {
    out.push(
      access.own(0.8, body("page", "the Cloudflare Access 403 page"), "Cloudflare Access 403 page"),
    );
  }
  return out;
};

export const cloudflare: Gateway = {
  id: "cloudflare",
  name: "Cloudflare",
  sentenceName: "Cloudflare",
  isGateway: true,
  detect,
  placements: [],
  noPlacementsBecause:
    "Cloudflare's edge checks no credential of its own: it blocks by rule (Access and the WAF are their own entries).",
  fix: "Cloudflare answered at the edge: the request never reached the API. Give the site owner the cf-ray id to find the rule that blocked it.",
};
