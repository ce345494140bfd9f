import type { LayerId } from "../ids";
import { apiShape } from "./api";
import {
  buildContext,
  type Fingerprint,
  type LayerInput,
  type LayerSign,
  type Signal,
} from "./fingerprint";
import { GATEWAYS } from "./index";

export type { LayerInput } from "./fingerprint";

/** Which layer answered a request, and how sure the fingerprints are. */
export interface LayerMatch {
  layer: LayerId;
  /** 0..1: how sure the fingerprint is. */
  confidence: number;
  /** The signals as short lines for display, e.g. "server: kong", "x-amzn-errortype: UnauthorizedException". */
  signals: string[];
  /** The same signals as data, for sentences (the layer's own and presence signs, strongest first). */
  signs: LayerSign[];
  /** Is this a gateway/proxy/edge (true) or the API itself / unknown (false). */
  isGateway: boolean;
}

const FINGERPRINTS: Fingerprint[] = Object.values(GATEWAYS).flatMap((g) =>
  g.detect ? [g.detect] : [],
);

const MAX_CONFIDENCE = 0.97;
const round = (n: number) => Math.round(n * 100) / 100;

/** Independent signals combine like probabilities: 1 − Π(1 − w). */
function combine(weights: number[]): number {
  return Math.min(MAX_CONFIDENCE, 1 - weights.reduce((acc, w) => acc * (1 - w), 1));
}

interface Candidate {
  layer: LayerId;
  own: Signal[];
  presence: Signal[];
  passthrough: Signal[];
  score: number;
}

function candidates(signals: Signal[]): Candidate[] {
  const byLayer = new Map<LayerId, Signal[]>();
  for (const s of signals) byLayer.set(s.layer, [...(byLayer.get(s.layer) ?? []), s]);
  // Access and the WAF sit on Cloudflare's edge: the edge's presence signals count for them too.
  return [...byLayer.entries()].map(([layer, list]) => {
    const host = GATEWAYS[layer].detectedBy;
    const edge = host ? (byLayer.get(host)?.filter((s) => s.role === "presence") ?? []) : [];
    const all = [...list, ...edge];
    const own = all.filter((s) => s.role === "own");
    const presence = all.filter((s) => s.role === "presence");
    const passthrough = all.filter((s) => s.role === "passthrough");
    return {
      layer,
      own,
      presence,
      passthrough,
      score: combine([...own, ...presence].map((s) => s.weight)),
    };
  });
}

const texts = (signals: Signal[]) => signals.map((s) => s.text);
const signs = (signals: Signal[]) => signals.map((s) => s.sign);

/**
 * Which layer wrote this answer, and how sure. A gateway's own words (a body phrase, a
 * challenge realm, a header only it sets on its own answers) name it. A gateway that is
 * merely on the path (`server: cloudflare` in front of OpenAI, Kong with
 * `x-kong-upstream-latency`) yields to an API-shaped body: the API answered through it.
 */
export function detectLayer(input: LayerInput): LayerMatch {
  const ctx = buildContext(input);
  const all = candidates(FINGERPRINTS.flatMap((f) => f(ctx)));
  const shape = apiShape(ctx);
  const onPath = all.filter((c) => c.presence.length > 0 || c.passthrough.length > 0);
  const through = onPath.length > 0 ? [`through ${onPath.map((c) => c.layer).join(", ")}`] : [];

  const withOwn = all.filter((c) => c.own.length > 0).sort((a, b) => b.score - a.score);
  const best = withOwn[0];
  if (best && (shape === undefined || best.score >= shape.score)) {
    return {
      layer: best.layer,
      confidence: round(best.score),
      signals: [...texts(best.own), ...texts(best.presence)],
      signs: [...signs(best.own), ...signs(best.presence)],
      isGateway: true,
    };
  }

  if (shape) {
    // A passthrough header (the gateway says the upstream answered) corroborates the API.
    const forwarded = all.some((c) => c.passthrough.length > 0);
    const confidence = forwarded ? Math.max(shape.score, 0.8) : shape.score;
    return {
      layer: "api",
      confidence: round(confidence),
      signals: [`body: ${shape.family}`, ...through, ...all.flatMap((c) => texts(c.passthrough))],
      signs: all.flatMap((c) => signs(c.passthrough)),
      isGateway: false,
    };
  }

  const forwarded = all.filter((c) => c.passthrough.length > 0);
  if (forwarded.length > 0) {
    return {
      layer: "api",
      confidence: 0.6,
      signals: [...forwarded.flatMap((c) => texts(c.passthrough)), ...through],
      signs: forwarded.flatMap((c) => signs(c.passthrough)),
      isGateway: false,
    };
  }

  const present = all.filter((c) => c.presence.length > 0).sort((a, b) => b.score - a.score)[0];
  if (present && present.score >= 0.35 && ctx.body.trim() !== "") {
    // A gateway on the path and a body no API shape explains: probably the gateway's.
    return {
      layer: present.layer,
      confidence: round(Math.min(present.score, 0.5)),
      signals: texts(present.presence),
      signs: signs(present.presence),
      isGateway: true,
    };
  }

  if (ctx.html) {
    return {
      layer: "unknown",
      confidence: 0.2,
      signals: ["an HTML page with no known gateway signs", ...through],
      signs: [],
      isGateway: false,
    };
  }
  return {
    layer: "api",
    confidence: present ? 0.35 : 0.3,
    signals: ["no gateway signs", ...through],
    signs: [],
    isGateway: false,
  };
}
