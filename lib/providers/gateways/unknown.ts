import type { Gateway } from "./gateway";

/** An answer no fingerprint explains (an HTML page with no known gateway signs). */
export const unknown: Gateway = {
  id: "unknown",
  name: "unknown",
  sentenceName: "an unknown layer",
  isGateway: false,
  placements: [],
  noPlacementsBecause: "Nothing is known about the layer, so nothing about what it reads.",
  fix: "A gateway in front of the API refused the request: ask whoever runs it which credential it wants.",
};
