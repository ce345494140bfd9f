/**
 * The provider catalog, key-format recognition, auth placement, gateway fingerprints and
 * the WWW-Authenticate parser. Pure: no Node, Next or React import and no clock, so the
 * wizard runs the same code in the browser as the server does after its probes.
 */

export { alternativePlacements, resolveAuth } from "./auth";
export type { Challenge } from "./challenges";
export { formatChallenge, parseChallenges } from "./challenges";
export type { LayerMatch } from "./gateways/detect";
export { detectLayer, type LayerInput } from "./gateways/detect";
export type { LayerSign } from "./gateways/fingerprint";
export type { Gateway, OtherCredential } from "./gateways/gateway";
export { GATEWAYS, getGateway } from "./gateways/index";
export type { LayerId, ProviderId } from "./ids";
export { LAYER_IDS, PROVIDER_IDS } from "./ids";
export {
  type Certainty,
  KEY_FORMATS,
  type KeyFormatEntry,
  type KeyMatch,
  keyLooksLike,
  REGISTRY_SIZE,
  recognizeKey,
} from "./key-formats";
export {
  type KeyFormatMatch,
  providersForKey,
  type TruncatedFormat,
  truncatedFormatsForKey,
} from "./keys";
export {
  getProvider,
  matchBadKeyAnswer,
  normalizeHost,
  PROVIDERS,
  providerForHost,
} from "./lookup";
export type { AuthPlacement, ResolvedAuth } from "./placement";
export {
  type AppliedCredential,
  applyCredential,
  authName,
  type CredentialSlot,
  credentialHeader,
  credentialHeaderAmong,
  credentialSlot,
  DEFAULT_HEADER_NAME,
  DEFAULT_QUERY_NAME,
  isForbiddenHeader,
  placementLabel,
  placementName,
  type RequestedAuth,
  sameAuth,
  withName,
} from "./placement";
export type { BadKeyAnswer, KeyFormat, KeyKind, Provider } from "./schema";
