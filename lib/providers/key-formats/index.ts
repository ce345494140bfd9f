/**
 * The key-format registry: how to *recognise* keys of well over a hundred services
 * beyond the provider catalog (which says how to *test* a provider). Facts from vendors'
 * documentation and secret scanners' public rule lists; patterns written here.
 */
export { type KeyMatch, keyLooksLike, REGISTRY_SIZE, recognizeKey, registryMatches } from "./match";
export { literalPrefix } from "./prefix";
export { KEY_FORMATS } from "./registry";
export type { Certainty, KeyFormatEntry } from "./types";
