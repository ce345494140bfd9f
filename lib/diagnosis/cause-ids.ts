/** The fixed cause vocabulary (see docs/diagnosis.md, "Causes"). Stable ids: the API, tests and UI use them. */
export const CAUSE_IDS = [
  "key_whitespace",
  "key_quotes",
  "key_scheme_prefix",
  "key_placeholder",
  "key_truncated",
  "key_wrong_provider",
  "key_wrong_type",
  "key_expired",
  "key_not_yet_valid",
  "key_rejected",
  "wrong_auth_header",
  "credentials_not_received",
  "redirect_drops_auth",
  "wrong_endpoint",
  "gateway_rejected",
  "proxy_auth_required",
  "proxy_strips_auth",
  "stale_environment",
  "not_authorized",
  "rate_limited",
  "credentials_work",
  "endpoint_unreachable",
  "inconclusive",
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];
