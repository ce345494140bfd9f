/**
 * A gateway's answer in words a person reads: which layer answered, and the signs that show
 * it, without the detector's shorthand ("x-kong-response-latency (Kong answered itself)").
 */

import type { LayerId } from "../../providers/types";
import { capitalize, LAYER_NAMES, statusLabel } from "./describe";
import type { AnswerReading } from "./read-answer";

/** The layer that wrote the answer, when it is a gateway, proxy or edge rather than the API. */
export interface GatewayLayer {
  layer: LayerId;
  /** "Kong", "the Cloudflare firewall (WAF)": for the middle of a sentence. */
  name: string;
  /** The same for the start of a sentence. */
  title: string;
}

export function gatewayOf(reading: AnswerReading | undefined): GatewayLayer | undefined {
  const match = reading?.response.layer;
  if (!match?.isGateway) return undefined;
  const name = LAYER_NAMES[match.layer];
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

/** Signals that quote what the answer says (its message), not how it looks. */
const SAYS = /^(?:body|fault\.faultstring): /;

/**
 * One detector signal as a clause: "its x-kong-response-latency header is on the answer",
 * "it says "No API key found in request"". Unknown shapes pass through unchanged.
 */
export function signalPhrase(text: string): string {
  const said = /^(?:body|fault\.faultstring): (.+)$/.exec(text)?.[1];
  if (said !== undefined) return `it says "${said}"`;
  const errorCode = /^fault\.detail\.errorcode: (.+)$/.exec(text)?.[1];
  if (errorCode !== undefined) return `its error code is ${errorCode}`;
  const realm = /^WWW-Authenticate realm="(.*)"$/.exec(text)?.[1];
  if (realm !== undefined) return `its WWW-Authenticate challenge names the realm "${realm}"`;
  const basic = /^WWW-Authenticate: Basic realm="(.*)"$/.exec(text)?.[1];
  if (basic !== undefined) return `it asks for Basic auth for the realm "${basic}"`;
  const scheme = /^WWW-Authenticate: (\S+)$/.exec(text)?.[1];
  if (scheme !== undefined) return `its WWW-Authenticate challenge asks for ${scheme}`;
  const cookie = /^set-cookie: (\S+)$/i.exec(text)?.[1];
  if (cookie !== undefined) return `it sets the ${cookie} cookie`;
  const center = /^HTML error page <center>(.+)<\/center>$/.exec(text)?.[1];
  if (center !== undefined) return `it is the plain HTML error page ${center} writes itself`;
  const title = /^HTML title: (.+)$/.exec(text)?.[1];
  if (title !== undefined) return `its HTML page is titled "${title}"`;
  if (/^Cloudflare block page/.test(text))
    return `it is Cloudflare's "Attention Required!" block page`;
  const shape = /^body shape (.+)$/.exec(text)?.[1];
  if (shape !== undefined) return `its body has the shape ${shape}`;
  if (/^plain-text /.test(text)) return `it is a ${text}`;
  if (/^google\.rpc\./.test(text)) return `its body carries ${text}`;
  if (/^redirect to /.test(text)) return `it redirects ${text.slice("redirect ".length)}`;
  if (/^Cloudflare error code \d+$/.test(text) || /page$/.test(text)) {
    return `it shows ${/^Cloudflare error/.test(text) ? text : `the ${text}`}`;
  }
  // "x-amzn-errortype: UnauthorizedException", "server: kong/3.6.1"
  const header = /^([A-Za-z][\w-]*): (.+)$/.exec(text);
  if (header?.[1] && header[2]) return `its ${headerName(header[1])} header says ${header[2]}`;
  // "x-kong-response-latency (Kong answered itself)", "apigw-requestid (HTTP API)", "cf-ray"
  const names = /^([a-z][a-z0-9-]*(?:, [a-z][a-z0-9-]*)*)(?: \(.*\))?$/.exec(text)?.[1];
  if (names !== undefined) {
    const list = names.split(", ");
    return list.length === 1
      ? `its ${list[0]} header is on the answer`
      : `its ${joinAnd(list)} headers are on the answer`;
  }
  return text;
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
  const signals = match.signals.slice(0, 3);
  const clauses = signals.map(signalPhrase);
  // The answer's own words, unless a sign already quotes them ("error code: 1020" beside
  // "Cloudflare error code 1020"), and at most three clauses in one parenthesis.
  const message = reading.message;
  const quoted =
    message !== undefined && signals.some((s) => SAYS.test(s) || bare(s).includes(bare(message)));
  if (message && !quoted && clauses.length < 3) clauses.push(`it says "${message}"`);
  const signs = clauses.length > 0 ? ` (${joinClauses(clauses)})` : "";
  const status = statusLabel(reading.response.status);
  // Without a sign only the gateway writes (presence only), the detector caps its confidence.
  return match.confidence >= 0.6
    ? `${gateway.title} answered the request itself with ${status}${signs}, so the API behind it never saw the request.`
    : `${gateway.title} is in front of the API, and the ${status} looks like its own answer${signs}, so the API behind it probably never saw the request.`;
}
