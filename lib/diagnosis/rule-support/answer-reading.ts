/**
 * Reads one upstream answer: is it success, and if not, what does it say about the key?
 * The provider catalog's `badKeyAnswers` come first (Gemini's 400 API_KEY_INVALID, Slack's
 * 200 ok:false, Anthropic's 404 for a disabled key); generic wording and RFC 6750 error
 * codes fill in for APIs the catalog does not know. The server's own words outrank a generic
 * reading of the status (docs/diagnosis.md, "Reading one answer").
 */

import type { Provider } from "../../providers";
import { matchBadKeyAnswer } from "../../providers";
import type { ProbeResponse, ProbeResult } from "../evidence";
import { awsRefusal } from "./aws-refusals";
import { isSuccess } from "./probe-lookups";
import { upstreamMessage } from "./upstream-message";

type AnswerMeaning =
  | "invalid"
  | "missing"
  | "expired"
  | "not_yet_valid"
  | "disabled"
  | "wrong_type"
  | "not_authorized"
  | "wrong_endpoint"
  | "rate_limited";

export interface AnswerReading {
  probe: ProbeResult;
  response: ProbeResponse;
  success: boolean;
  meaning?: AnswerMeaning;
  /** Where the meaning came from: the provider's catalog entry is the stronger source. */
  meaningSource?: "catalog" | "challenge" | "wording" | "status";
  /** The catalog's note for the matched bad-key answer. */
  note?: string;
  /** The upstream's own error message (redacted, shortened), when one was found. */
  message?: string;
}

/** The text a wording rule looks at: body, plus challenge error descriptions. */
export function answerText(res: ProbeResponse): string {
  const challengeText = res.challenges
    .map((c) => [c.params.error, c.params.error_description].filter(Boolean).join(" "))
    .join(" ");
  return `${res.bodyExcerpt} ${challengeText} ${res.headers["x-amzn-errortype"] ?? ""}`;
}

const WORDING: { meaning: AnswerMeaning; pattern: RegExp }[] = [
  { meaning: "expired", pattern: /\bexpired\b|token_expired|has expired|jwt is expired/i },
  {
    meaning: "not_yet_valid",
    pattern:
      /not yet valid|not valid (yet|before|until)|not active yet|used before|issued in the future|\bnbf\b/i,
  },
  {
    meaning: "wrong_type",
    pattern:
      /not_allowed_token_type|publishable key|secret key required|api keys? (are |is )?not supported|(no longer|stopped) support\w* (account )?passwords?|passwords? (are |is )?no longer (supported|accepted)/i,
  },
  {
    meaning: "missing",
    pattern:
      /no api[ _-]?key|no (auth\w*|credentials?|token)\b|missing (the |an? )?(api[ _-]?key|authori[sz]ation|authentication|credentials?|bearer|token|subscription key|access token)|(api[ _-]?key|token|authentication|authori[sz]ation)( header)? (is )?required|requires authentication|not provided|didn't provide|did not provide|must provide|not_authed|jwt is missing|missing_token|no authentication/i,
  },
  { meaning: "disabled", pattern: /disabled|deactivated|suspended|account_inactive|inactive/i },
  {
    meaning: "invalid",
    pattern:
      /invalid|incorrect|revoked|bad credentials|bad (http )?(auth\w* )?(header )?format|badly formed|not valid|malformed|unknown (api )?key|key not found|no such key|deleted|authentication failed|could not (be )?authenticate|not recogni[sz]ed|incompletesignature/i,
  },
];

// The server names the place the key belongs to: another environment, region or site.
// "in the environment variable" names where a program reads the key, not where it belongs.
const ENDPOINT_WORDING =
  /(for|in) the (environment|region)\b(?![ _-]?var)|(check that )?the correct (environment|region|host|site|data ?center) is|wrong (environment|region|data ?center)|different (environment|region|data ?center)|unknown request url|invalid url|wrong api endpoint|no route matched|unknown (endpoint|route|path)|route not found|resource not found|deployment.{0,40}(not|does not) exist/i;

const NOT_AUTHORIZED_WORDING =
  /insufficient[_ ]scope|missing[_ ]scope|not allowed|permission|not permitted|(does not|doesn't) have access|restricted|\bplan\b|upgrade|not accessible|not authori[sz]ed to|scope|no_permission/i;

/**
 * Words that name a missing permission precisely enough to outrank a 401's generic reading
 * (ElevenLabs answers 401 `missing_permissions` to a valid but restricted key).
 */
const PERMISSION_WORDING =
  /only (the )?(master|admin|root|owner)('s)? (key|token)s? (can|may)|missing[_ ]permissions?|insufficient[_ ](scopes?|permissions?)|missing[_ ]scopes?|missing the (required )?(permission|scope)|lacks? the (required )?(permission|scope)|(does not|doesn't) have (the )?(required )?(permissions?|scopes?)\b/i;

/** "Invalid" that is about the permissions, not the key: "Invalid permissions". */
const PERMISSION_ADJECTIVE = /\b(invalid|incorrect)[ _](permissions?|scopes?)/gi;

/**
 * A catch-all message that lists the possibilities ("invalid, has expired, or does not have
 * permission"; "expired, revoked, malformed or invalid") names none of them: it is read as a
 * refusal of the key, not as an expiry, unless an error code names the expiry.
 */
const CATCH_ALL =
  /\b(invalid|revoked|malformed|incorrect)\b[^.]{0,80}\bor\b|\bor\b[^.]{0,80}\b(invalid|revoked|malformed|incorrect)\b/i;

function fromCatalog(
  provider: Provider | undefined,
  res: ProbeResponse,
): { meaning: AnswerMeaning; note: string } | undefined {
  if (!provider) return undefined;
  const answer = matchBadKeyAnswer(provider.id, res.status, res.bodyExcerpt);
  return answer ? { meaning: answer.meaning, note: answer.note } : undefined;
}

function fromChallenges(res: ProbeResponse): AnswerMeaning | undefined {
  if (res.status !== 401 && res.status !== 403) return undefined;
  for (const c of res.challenges) {
    const description = c.params.error_description ?? "";
    if (c.bearerError === "invalid_token") {
      return /expired/i.test(description) ? "expired" : "invalid";
    }
    if (c.bearerError === "insufficient_scope") return "not_authorized";
  }
  // RFC 6750 §3.1: without any credential the server should not send an error code.
  const bare = res.challenges.find(
    (c) => c.scheme.toLowerCase() === "bearer" && c.params.error === undefined,
  );
  return bare && res.status === 401 ? "missing" : undefined;
}

function fromWording(res: ProbeResponse): AnswerMeaning | undefined {
  const text = answerText(res);
  if (res.status === 429) return "rate_limited";
  // API Gateway says "Missing Authentication Token" for a route that does not exist as often
  // as for a missing SigV4 signature; wrong_endpoint and wrong_auth_header both weigh it.
  if (awsRefusal(res) === "missing_token") return "wrong_endpoint";
  if ((res.status === 404 || res.status === 405) && !/key|token|auth/i.test(text)) {
    return "wrong_endpoint";
  }
  if (ENDPOINT_WORDING.test(text)) return "wrong_endpoint";
  const disguisedError = res.status < 300 && !isSuccess(res);
  const aboutTheKey = /invalid|incorrect/i.test(text.replace(PERMISSION_ADJECTIVE, ""));
  if ((res.status === 403 || disguisedError) && NOT_AUTHORIZED_WORDING.test(text) && !aboutTheKey) {
    return "not_authorized";
  }
  // The server's own words outrank the status: a 401 that names a missing permission.
  if (res.status === 401 && PERMISSION_WORDING.test(text) && !aboutTheKey) return "not_authorized";
  const isError = res.status >= 400 || !isSuccess(res);
  if (!isError) return undefined;
  for (const { meaning, pattern } of WORDING) {
    if (!pattern.test(text)) continue;
    // An error code that says expired (session_expired, token_expired) is specific again.
    const expiredCode = /\w[._]expired|expired[._]\w/i.test(text);
    if (meaning === "expired" && CATCH_ALL.test(text) && !expiredCode) return "invalid";
    return meaning;
  }
  if (res.status === 404) return "wrong_endpoint";
  return undefined;
}

export function readAnswer(
  provider: Provider | undefined,
  probe: ProbeResult,
): AnswerReading | undefined {
  const res = probe.outcome;
  if (res.kind !== "response") return undefined;
  const message = upstreamMessage(res);
  const base = { probe, response: res, message };
  const catalog = fromCatalog(provider, res);
  if (catalog) {
    return {
      ...base,
      success: false,
      meaning: catalog.meaning,
      meaningSource: "catalog",
      note: catalog.note,
    };
  }
  if (isSuccess(res)) return { ...base, success: true };
  if (res.status === 429)
    return { ...base, success: false, meaning: "rate_limited", meaningSource: "status" };
  const challenge = fromChallenges(res);
  const wording = fromWording(res);
  // A body that names the problem beats a bare challenge; `invalid_token` beats vague wording.
  if (challenge && (wording === undefined || (challenge !== "missing" && wording === "invalid"))) {
    return { ...base, success: false, meaning: challenge, meaningSource: "challenge" };
  }
  if (wording) return { ...base, success: false, meaning: wording, meaningSource: "wording" };
  return { ...base, success: false };
}
