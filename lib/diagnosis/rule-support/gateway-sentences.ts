/**
 * A gateway's answer in words a person reads: which layer answered, and the signs that show
 * it, without the detector's shorthand ("x-kong-response-latency (Kong answered itself)").
 */

import type { LayerId } from "../../providers";
import type { LayerSign } from "../../providers/gateways/fingerprint";
import { GATEWAYS } from "../../providers/gateways/index";
import type { AnswerReading } from "./answer-reading";
import { capitalize, statusLabel } from "./probe-sentences";

/** The layer that wrote the answer, when it is a gateway, proxy or edge rather than the API. */
interface GatewayLayer {
  layer: LayerId;
  /** "Kong", "the Cloudflare firewall (WAF)": for the middle of a sentence. */
  name: string;
  /** The same for the start of a sentence. */
  title: string;
}

export function gatewayOf(reading: AnswerReading | undefined): GatewayLayer | undefined {
  const match = reading?.response.layer;
  if (!match?.isGateway) return undefined;
  const name = GATEWAYS[match.layer].sentenceName;
  return { layer: match.layer, name, title: name.startsWith("the ") ? capitalize(name) : name };
}

const HEADER_NAMES: Record<string, string> = {
  server: "Server",
  via: "Via",
  "www-authenticate": "WWW-Authenticate",
};

function headerName(name: string): string {
  return HEADER_NAMES[name.toLowerCase()] ?? name;
}

/** A body sign that quotes what the answer says (its message), not how it looks. */
function says(sign: LayerSign): boolean {
  return sign.kind === "body" && !BODY_FORMS.has(sign.name);
}

/** Body signs that describe the answer's form; any other body sign quotes a field or text. */
const BODY_FORMS = new Set(["errorcode", "shape", "title", "type", "page", "server-page"]);

function bodyClause(sign: LayerSign): string {
  switch (sign.name) {
    case "errorcode":
      return `its error code is ${sign.value}`;
    case "shape":
      return `its body has the shape ${sign.value}`;
    case "title":
      return `its HTML page is titled "${sign.value}"`;
    case "type":
      return `its body carries ${sign.value}`;
    case "page":
      return `it is ${sign.value}`;
    case "server-page":
      return `it is the plain HTML error page ${sign.value} writes itself`;
    default:
      return `it says "${sign.value}"`;
  }
}

/**
 * One detector sign as a clause: "its x-kong-response-latency header is on the answer",
 * "it says "No API key found in request"".
 */
function signClause(sign: LayerSign): string {
  switch (sign.kind) {
    case "body":
      return bodyClause(sign);
    case "cookie":
      return `it sets the ${sign.name} cookie`;
    case "realm":
      if (sign.name === "") return `its WWW-Authenticate challenge names the realm "${sign.value}"`;
      return sign.value === ""
        ? `its WWW-Authenticate challenge asks for ${sign.name}`
        : `it asks for ${sign.name} auth for the realm "${sign.value}"`;
    case "header": {
      if (sign.name === "location") return `it redirects to ${sign.value}`;
      if (sign.value !== "") return `its ${headerName(sign.name)} header says ${sign.value}`;
      const names = sign.name.split(", ");
      return names.length === 1
        ? `its ${names[0]} header is on the answer`
        : `its ${joinAnd(names)} headers are on the answer`;
    }
  }
}

/** Letters and digits only, lower-cased: "error code: 1020" → "errorcode1020". */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Clauses joined for a parenthesis: "a, and b" keeps two clauses with their own subjects apart. */
function joinClauses(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

/**
 * "Kong answered the request itself with 401 Unauthorized (its x-kong-response-latency header
 * is on the answer, and it says "No API key found in request"), so the API behind it never
 * saw the request." A layer recognised only by being on the path is hedged.
 */
export function gatewayAnswerSentence(reading: AnswerReading, gateway: GatewayLayer): string {
  const match = reading.response.layer;
  const signs = match.signs.slice(0, 3);
  const clauses = signs.map(signClause);
  // The answer's own words, unless a sign already quotes them ("error code: 1020" beside
  // "Cloudflare error code 1020"), and at most three clauses in one parenthesis.
  const message = reading.message;
  const quoted =
    message !== undefined &&
    signs.some((s) => says(s) || bare(`${s.name} ${s.value}`).includes(bare(message)));
  if (message && !quoted && clauses.length < 3) clauses.push(`it says "${message}"`);
  const shown = clauses.length > 0 ? ` (${joinClauses(clauses)})` : "";
  const status = statusLabel(reading.response.status);
  // Without a sign only the gateway writes (presence only), the detector caps its confidence.
  return match.confidence >= 0.6
    ? `${gateway.title} answered the request itself with ${status}${shown}, so the API behind it never saw the request.`
    : `${gateway.title} is in front of the API, and the ${status} looks like its own answer${shown}, so the API behind it probably never saw the request.`;
}
