/**
 * The shapes people paste around a key, as sticky regexes: each match attempt at a position
 * costs at most a few hundred steps, so peeling an 8 KB paste stays linear.
 */

// Blank = JS `\s` plus the invisible format characters the scan treats as blank.
const B = "[\\s\\u0085\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069]";

/**
 * Fresh sticky regexes for one scan. A sticky regex keeps its position in `lastIndex`, so
 * each scan gets its own set instead of sharing module-level state.
 */
export function shapePatterns() {
  return {
    jsonKey: new RegExp(`"[^"\\\\\\r\\n]{1,64}"${B}*:${B}*`, "y"),
    header: new RegExp(`([A-Za-z][A-Za-z0-9_-]{0,63})${B}*:(${B}*)`, "y"),
    assignment: new RegExp(
      `(?:(export|set|const|let|var)${B}+|(\\$env:))?([A-Za-z_][A-Za-z0-9_.]{0,127})${B}*=${B}*`,
      "iy",
    ),
    curlHeader: new RegExp(`(?:-H|--header)${B}+`, "y"),
    scheme: new RegExp(`(bearer|basic|token)${B}+`, "iy"),
    urlStart: /[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//y,
  };
}

export const KEYISH_NAME = /key|token|secret|auth|api|pass|cred/i;
export const ENV_STYLE_NAME = /^[A-Z][A-Z0-9_]+$/;

export const KNOWN_HEADERS = new Map<string, string>(
  [
    "Authorization",
    "Proxy-Authorization",
    "X-API-Key",
    "api-key",
    "apikey",
    "x-goog-api-key",
    "X-Auth-Token",
    "X-Auth-Key",
    "X-Access-Token",
    "PRIVATE-TOKEN",
    "Ocp-Apim-Subscription-Key",
    "x-functions-key",
    "DD-API-KEY",
    "DD-APPLICATION-KEY",
    "X-Subscription-Token",
  ].map((name) => [name.toLowerCase(), name]),
);

export const SCHEME_NAMES: Record<string, string> = {
  bearer: "Bearer",
  basic: "Basic",
  token: "token",
};
