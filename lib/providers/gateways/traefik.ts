import { type Fingerprint, realms, type Signal, signal } from "./context";

export const traefik: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  if (realms(ctx).includes("traefik")) {
    out.push(signal("traefik", "own", 0.85, 'WWW-Authenticate realm="traefik"'));
  }
  // Traefik's BasicAuth/DigestAuth middlewares answer Go's plain "401 Unauthorized" and
  // Traefik sends no Server header of its own.
  if (
    ctx.status === 401 &&
    ctx.body.trim() === "401 Unauthorized" &&
    ctx.headers.server === undefined
  ) {
    out.push(signal("traefik", "own", 0.45, 'plain-text "401 Unauthorized" with no Server header'));
  }
  return out;
};
