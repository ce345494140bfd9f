// @ts-check
// Security headers for every response. next.config.js applies them to what Next routes;
// scripts/start.mjs sets them first on every response, so the ones Next never decorates
// (a static file, a 404, an answer the server gives before Next) carry them too.

/** Headers every response gets. */
const COMMON = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  },
];

/** The CSP of anything that is not a page (pages get theirs, with a nonce, from proxy.ts). */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Sent only when the browser reached us over https (never over plain http: it would lock a local setup out). */
const HSTS = "max-age=31536000; includeSubDomains";

module.exports = { COMMON, DATA_CSP, HSTS };
