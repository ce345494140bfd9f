import { body, type Fingerprint, realm, realms, type Signal, signalsOf } from "./fingerprint";
import type { Gateway } from "./gateway";

const signals = signalsOf("traefik");

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  if (realms(ctx).includes("traefik")) {
    out.push(signals.own(0.85, realm("", "traefik"), 'WWW-Authenticate realm="traefik"'));
  }
  // Traefik's BasicAuth/DigestAuth middlewares answer Go's plain "401 Unauthorized" and
  // Traefik sends no Server header of its own.
  if (
    ctx.status === 401 &&
    ctx.body.trim() === "401 Unauthorized" &&
    ctx.headers.server === undefined
  ) {
    out.push(
      signals.own(
        0.45,
        body("text", "401 Unauthorized"),
        'plain-text "401 Unauthorized" with no Server header',
      ),
    );
  }
  return out;
};

export const traefik: Gateway = {
  id: "traefik",
  name: "Traefik",
  sentenceName: "Traefik",
  isGateway: true,
  detect,
  // The basicAuth middleware; forwardAuth delegates to a service that may want anything.
  placements: [{ placement: "basic" }],
  fix: "Traefik's basicAuth or forwardAuth middleware refused: it has its own credentials, separate from the API's key.",
};
