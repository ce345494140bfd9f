// @ts-check

const { COMMON: common, DATA_CSP } = require("./scripts/response-headers.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let the e2e suite and the benchmark build side by side.
  distDir: process.env.WHY401_DIST_DIR || ".next",
  poweredByHeader: false,
  // An echo capture URL ends in "/"; `curl <url>` must be captured, not redirected.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: common },
      {
        // Pages get their CSP (with a nonce) from proxy.ts; API answers are data, never documents.
        source: "/api/:path*",
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "Content-Security-Policy", value: DATA_CSP },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
      {
        source: "/_next/:path*",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      },
      {
        source: "/r/:path*",
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
