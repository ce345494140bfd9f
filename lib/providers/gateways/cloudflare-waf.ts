import type { Gateway } from "./gateway";

/** Recognised by the Cloudflare edge detector (./cloudflare.ts), which sees all three layers. */
export const cloudflareWaf: Gateway = {
  id: "cloudflare-waf",
  name: "Cloudflare WAF",
  sentenceName: "the Cloudflare firewall (WAF)",
  isGateway: true,
  detectedBy: "cloudflare",
  placements: [],
  noPlacementsBecause:
    "A firewall rule judges the request (its address, path, headers or bot score), not a credential.",
  fix: "A Cloudflare WAF or bot rule blocked the request: give the site owner the cf-ray id; the key never reached the API.",
};
