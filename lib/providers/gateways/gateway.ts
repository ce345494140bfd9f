import type { LayerId } from "../ids";
import type { ResolvedAuth } from "../placement";
import type { Fingerprint } from "./fingerprint";

/**
 * A credential a gateway reads that is not one key in one placement: Cloudflare Access's
 * service token is two headers sent together, and a browser session carries a cookie.
 */
export type OtherCredential =
  | { kind: "header-pair"; id: string; secret: string }
  | { kind: "cookie"; name: string };

/**
 * One layer that can answer a request: a gateway, proxy or edge in front of an API, or the
 * API itself. Adding a gateway is one file exporting one of these, one line in ./index.ts,
 * and its recorded answers (see docs/diagnosis.md, "Adding a gateway").
 */
export interface Gateway {
  id: LayerId;
  /** For a label or a table cell: "Kong", "Envoy / Istio", "Cloudflare WAF". */
  name: string;
  /** For the middle of a sentence: "Kong", "the Cloudflare firewall (WAF)". */
  sentenceName: string;
  /** Is it a layer in front of the API (true), or the API itself / an unknown layer (false). */
  isGateway: boolean;
  /**
   * How it is recognised on an answer. Its signals carry their role (`own`, `presence`,
   * `passthrough`) and weight; `detectLayer` combines them across every gateway. Absent for
   * the API itself (recognised by its error body, ./api.ts) and for an unknown layer.
   */
  detect?: Fingerprint;
  /** The gateway whose detector emits this layer's signals, when it has none of its own. */
  detectedBy?: LayerId;
  /** Where it reads its own credential, in the placement module's terms; its defaults first. */
  placements: ResolvedAuth[];
  /** Credentials it reads that no single placement describes. */
  otherCredentials?: OtherCredential[];
  /** Why `placements` is empty, when it is. */
  noPlacementsBecause?: string;
  /** What it checks before the API, and how to satisfy it: one fix step. */
  fix: string;
}
