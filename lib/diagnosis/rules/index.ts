/**
 * One rule per cause: each reads the evidence and proposes at most its own cause, with a
 * confidence from the scale in ../confidence.ts. How rules, contradictions and ranking fit
 * together, and how to add a cause: docs/diagnosis.md.
 */
import type { CauseId, Rule } from "../rule-support/rule";
import { credentialsNotReceived } from "./credentials-not-received";
import { credentialsWork } from "./credentials-work";
import { endpointUnreachable } from "./endpoint-unreachable";
import { gatewayRejected } from "./gateway-rejected";
import { inconclusive } from "./inconclusive";
import { keyExpired } from "./key-expired";
import { keyNotYetValid } from "./key-not-yet-valid";
import { keyPlaceholder } from "./key-placeholder";
import { keyQuotes } from "./key-quotes";
import { keyRejected } from "./key-rejected";
import { keySchemePrefix } from "./key-scheme-prefix";
import { keyTruncated } from "./key-truncated";
import { keyWhitespace } from "./key-whitespace";
import { keyWrongProvider } from "./key-wrong-provider";
import { keyWrongType } from "./key-wrong-type";
import { notAuthorized } from "./not-authorized";
import { proxyAuthRequired } from "./proxy-auth-required";
import { proxyStripsAuth } from "./proxy-strips-auth";
import { rateLimited } from "./rate-limited";
import { redirectDropsAuth } from "./redirect-drops-auth";
import { staleEnvironment } from "./stale-environment";
import { wrongAuthHeader } from "./wrong-auth-header";
import { wrongEndpoint } from "./wrong-endpoint";

/** One rule per cause id. A new cause: one rule file, one line here, rows in the test table. */
export const RULES: Record<CauseId, Rule> = {
  key_whitespace: keyWhitespace,
  key_quotes: keyQuotes,
  key_scheme_prefix: keySchemePrefix,
  key_placeholder: keyPlaceholder,
  key_truncated: keyTruncated,
  key_wrong_provider: keyWrongProvider,
  key_wrong_type: keyWrongType,
  key_expired: keyExpired,
  key_not_yet_valid: keyNotYetValid,
  key_rejected: keyRejected,
  wrong_auth_header: wrongAuthHeader,
  credentials_not_received: credentialsNotReceived,
  redirect_drops_auth: redirectDropsAuth,
  wrong_endpoint: wrongEndpoint,
  gateway_rejected: gatewayRejected,
  proxy_auth_required: proxyAuthRequired,
  proxy_strips_auth: proxyStripsAuth,
  stale_environment: staleEnvironment,
  not_authorized: notAuthorized,
  rate_limited: rateLimited,
  credentials_work: credentialsWork,
  endpoint_unreachable: endpointUnreachable,
  inconclusive: inconclusive,
};
