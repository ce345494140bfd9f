/**
 * Key inspection types. Pure data: this module runs in the browser while the user
 * types and on the server before the probes, so it must stay free of Node, Next and
 * React imports and never read the clock.
 */

export type FindingKind =
  // Plain spaces at the start/end. Every other character at an edge keeps its own kind (a
  // trailing LF is one `line_break` whose message says "ends with"): one character, one finding.
  | "leading_whitespace"
  | "trailing_whitespace"
  | "line_break" // CR or LF anywhere
  | "tab"
  | "zero_width" // U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, soft hyphen: invisible formatting
  | "bom" // U+FEFF
  | "unicode_space" // NBSP and other Unicode spaces
  | "inner_space" // an ASCII space inside the key
  | "smart_quote"
  | "surrounding_quotes"
  | "scheme_prefix" // Bearer / Basic / token pasted with the key (possibly repeated)
  | "placeholder" // your-api-key, <KEY>, xxx…, changeme, undefined, null
  | "unexpanded_variable" // ${X}, $X, %X%, process.env.X, os.environ[...]
  | "empty"
  | "redacted" // …, ***, xxxx in the middle
  | "homoglyph" // a Cyrillic/Greek look-alike inside an ASCII key
  | "non_ascii" // any other non-ASCII character
  | "control_char" // other C0/C1 control characters
  | "url_pasted" // a URL pasted as the key
  | "header_line_pasted" // "Authorization: Bearer …"
  | "assignment_pasted"; // KEY=value, "key": "value"

export type Severity = "error" | "warning" | "info";

export interface Finding {
  kind: FindingKind;
  /** Index in UTF-16 code units into the pasted string; the UI marks this range. */
  index: number;
  /** Length of the range in UTF-16 code units (0 for a whole-key finding on an empty key). */
  length: number;
  severity: Severity;
  /** A readable label for the character(s) at the range, e.g. "U+200B ZERO WIDTH SPACE". Never key material. */
  label: string;
  /** One sentence for a person (capitalised, ending in "."), with the position. Never contains key material. */
  message: string;
}

export interface JwtInfo {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** Seconds since the epoch, as in the token. */
  exp?: number;
  nbf?: number;
  iat?: number;
  aud?: string | string[];
  iss?: string;
  sub?: string;
  scope?: string;
  alg?: string;
}

export interface JwtJudgement {
  /** "expired" when exp + leeway < now; "not_yet_valid" when nbf (or iat) - leeway > now. */
  state: "valid" | "expired" | "not_yet_valid" | "no_expiry";
  /** e.g. "expired 3 days ago", "valid for 2 hours", "not valid for another 5 minutes" */
  relative: string;
  /** ISO dates for the UI. */
  expiresAt?: string;
  notBefore?: string;
  issuedAt?: string;
}

/** What inspection says about a pasted key. `cleaned` is key material: server/component memory only. */
export interface Inspection {
  length: number;
  /** First 3 and last 4 characters at most; fewer for short keys ("sk-…wXyZ"). */
  preview: string;
  findings: Finding[];
  /** What the `cleaned` probe sends: trimmed, invisible characters, quotes and scheme prefix removed. */
  cleaned: string;
  cleanedDiffers: boolean;
  jwt?: JwtInfo;
  /** True when the paste looks redacted or a placeholder: probes would be pointless. */
  notARealKey: boolean;
}

/** The only key-derived data that may appear in a report, a log or a share. */
export interface KeySummary {
  /**
   * "sha256:" + 8 hex digits; null in a report for a key too short to keep it (under 20
   * characters, or a `user:password` pair), which a guesser could recover from either.
   */
  fingerprint: string | null;
  length: number;
  preview: string | null;
  findings: Finding[];
  jwt?: {
    claims: Pick<JwtInfo, "exp" | "nbf" | "iat" | "aud" | "iss" | "scope" | "alg">;
    judgement?: JwtJudgement;
  };
  /**
   * What the key's format says it is ("a Shopify Admin API access token (shpat_…)"): the
   * registry's words and the format's public prefix, never key text. Information, not a
   * cause: on a custom API it is all the report can say about whose key this is.
   */
  looksLike?: { service: string; description: string; certainty: "exact" | "likely" | "possible" };
}
