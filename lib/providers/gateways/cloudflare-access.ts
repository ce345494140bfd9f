import type { Gateway } from "./gateway";

/** Recognised by the Cloudflare edge detector (./cloudflare.ts), which sees all three layers. */
export const cloudflareAccess: Gateway = {
  id: "cloudflare-access",
  name: "Cloudflare Access",
  sentenceName: "Cloudflare Access",
  isGateway: true,
  detectedBy: "cloudflare",
  placements: [],
  otherCredentials: [
    { kind: "header-pair", id: "CF-Access-Client-Id", secret: "CF-Access-Client-Secret" },
    { kind: "cookie", name: "CF_Authorization" },
  ],
  noPlacementsBecause:
    "Access reads a service token (two headers sent together) or a login session's CF_Authorization cookie, never one key in one place.",
  fix: "Cloudflare Access protects this host: send a service token (CF-Access-Client-Id and CF-Access-Client-Secret headers), or ask the owner to add a bypass policy for API paths.",
};
