import type { ProviderEntry } from "../schema";

export const slack: ProviderEntry = {
  id: "slack",
  name: "Slack",
  hosts: ["slack.com", "*.slack.com"],
  keyFormats: [
    {
      id: "slack-bot",
      kind: "token",
      pattern: "^xoxb-[0-9]{6,16}-[0-9]{6,16}-[A-Za-z0-9]{20,40}$",
      prefix: "xoxb-",
      minLength: 39,
      maxLength: 79,
      usableAsCredential: true,
      description: "a Slack bot token (xoxb-…)",
    },
    {
      id: "slack-user",
      kind: "token",
      pattern: "^xoxp-[0-9]{6,16}-[0-9]{6,16}-[0-9]{6,16}-[A-Za-z0-9]{24,40}$",
      prefix: "xoxp-",
      minLength: 50,
      maxLength: 96,
      usableAsCredential: true,
      description: "a Slack user token (xoxp-…)",
    },
    {
      id: "slack-app-level",
      kind: "token",
      pattern: "^xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[a-f0-9]{64}$",
      prefix: "xapp-",
      minLength: 89,
      maxLength: 103,
      // App-level tokens open Socket Mode connections; Web API methods refuse them.
      usableAsCredential: false,
      description: "a Slack app-level token (xapp-…): for Socket Mode, not Web API methods",
    },
    {
      id: "slack-rotating",
      kind: "oauth_token",
      pattern: "^xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9-]{40,400}$",
      prefix: "xoxe.",
      minLength: 52,
      maxLength: 412,
      usableAsCredential: true,
      description: "a Slack rotating access token (xoxe.xoxb-… / xoxe.xoxp-…), valid for 12 hours",
    },
    {
      id: "slack-refresh",
      kind: "oauth_token",
      pattern: "^xoxe-[0-9]-[A-Za-z0-9-]{40,400}$",
      prefix: "xoxe-",
      minLength: 47,
      maxLength: 407,
      usableAsCredential: false,
      description: "a Slack refresh token (xoxe-…): exchange it, do not send it",
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "POST",
    url: "https://slack.com/api/auth.test",
    body: "",
    description: "checks the token and names its team and user; read-only",
  },
  // Slack answers HTTP 200 with ok:false for credential problems.
  badKeyAnswers: [
    {
      status: 200,
      bodyPattern: '"error"\\s*:\\s*"(token_expired)"',
      meaning: "expired",
      note: "a rotating token passed its 12 hours",
    },
    {
      status: 200,
      bodyPattern: '"error"\\s*:\\s*"(token_revoked|account_inactive|team_disabled)"',
      meaning: "disabled",
      note: "the token was revoked, or its user or workspace is deactivated",
    },
    {
      status: 200,
      bodyPattern: '"error"\\s*:\\s*"not_authed"',
      meaning: "missing",
      note: "Slack saw no token",
    },
    {
      status: 200,
      bodyPattern: '"error"\\s*:\\s*"invalid_auth"',
      meaning: "invalid",
      note: "the token is unknown, or not allowed from this IP address",
    },
    {
      status: 200,
      bodyPattern: '"error"\\s*:\\s*"(missing_scope|not_allowed_token_type|no_permission)"',
      meaning: "not_authorized",
      note: "the token is valid but lacks the scope or is the wrong token type for this method",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://api.slack.com/apps",
  docsUrl: "https://api.slack.com/authentication/token-types",
  authHint:
    "Slack wants Authorization: Bearer xoxb-…, and answers 200 with ok:false when the token is bad.",
};
