import type { CauseId } from "@/lib/diagnosis/cause-ids";

/** Short names for causes shown without their card (the ruled-out list). */
export const CAUSE_NAMES: Record<CauseId, string> = {
  key_whitespace: "Whitespace or a hidden character in the key",
  key_quotes: "Quotes around the key",
  key_scheme_prefix: "A scheme word (Bearer) inside the key",
  key_placeholder: "A placeholder instead of the key",
  key_truncated: "A cut-off key",
  key_wrong_provider: "A key for another provider",
  key_wrong_type: "The wrong kind of key",
  key_expired: "An expired token",
  key_not_yet_valid: "A token not valid yet",
  key_rejected: "A key the API does not accept",
  wrong_auth_header: "The key in the wrong header",
  credentials_not_received: "The key never reached the API",
  redirect_drops_auth: "A redirect that drops the key",
  wrong_endpoint: "The wrong endpoint",
  gateway_rejected: "A gateway in front of the API",
  proxy_auth_required: "A proxy asking for its own login",
  proxy_strips_auth: "A proxy that strips the key",
  stale_environment: "A process still using an old key",
  not_authorized: "A valid key without permission",
  rate_limited: "Rate limiting",
  credentials_work: "The key works",
  endpoint_unreachable: "An unreachable endpoint",
  inconclusive: "No clear cause",
};
