import type { ProviderEntry } from "../schema";

export const anthropic: ProviderEntry = {
  id: "anthropic",
  name: "Anthropic",
  env: {
    keys: ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "ANTHROPIC_AUTH_TOKEN"],
    baseUrls: ["ANTHROPIC_BASE_URL"],
  },
  hosts: ["api.anthropic.com"],
  keyFormats: [
    {
      id: "anthropic-api",
      kind: "secret",
      // Real keys are 108 characters (…AA at the end); the bounds leave room for format drift.
      pattern: "^sk-ant-api03-[A-Za-z0-9_-]{80,120}$",
      prefix: "sk-ant-api03-",
      minLength: 93,
      maxLength: 133,
      usableAsCredential: true,
      description: "an Anthropic API key (sk-ant-api03-…)",
    },
    {
      id: "anthropic-admin",
      kind: "admin",
      pattern: "^sk-ant-admin01-[A-Za-z0-9_-]{80,120}$",
      prefix: "sk-ant-admin01-",
      minLength: 95,
      maxLength: 135,
      usableAsCredential: false,
      description:
        "an Anthropic Admin API key (sk-ant-admin01-…): it only works on /v1/organizations/*",
    },
    {
      id: "anthropic-oauth",
      kind: "oauth_token",
      pattern: "^sk-ant-oat01-[A-Za-z0-9_-]{80,120}$",
      prefix: "sk-ant-oat01-",
      minLength: 93,
      maxLength: 133,
      usableAsCredential: true,
      description:
        "an Anthropic OAuth access token (sk-ant-oat01-…): sent as Authorization: Bearer, not x-api-key",
    },
  ],
  auth: { placement: "header", name: "x-api-key" },
  // Bearer is for OAuth tokens only: an API key sent that way is answered as if none was sent.
  alternativeAuth: [{ placement: "bearer", keyKinds: ["oauth_token"] }],
  requiredHeaders: { "anthropic-version": "2023-06-01" },
  testEndpoint: {
    method: "GET",
    url: "https://api.anthropic.com/v1/models",
    description: "lists the models; free and read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "invalid x-api-key",
      meaning: "invalid",
      note: "the key is unknown to Anthropic: mistyped, revoked, or deleted",
    },
    {
      status: 401,
      bodyPattern: "x-api-key header is required",
      meaning: "missing",
      note: "Anthropic saw no x-api-key header",
    },
    {
      status: 401,
      bodyPattern: "OAuth authentication is currently not supported|invalid bearer token",
      meaning: "wrong_type",
      note: "a Bearer token was sent where Anthropic expects an API key in x-api-key",
    },
    {
      status: 403,
      bodyPattern: "permission_error",
      meaning: "not_authorized",
      note: "the key is valid but not allowed to use this resource (workspace or organisation settings)",
    },
    {
      status: 404,
      bodyPattern: "not_found_error",
      meaning: "disabled",
      note: "Anthropic answers 404 for a disabled key or organisation as well as for a wrong path",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://console.anthropic.com/settings/keys",
  docsUrl: "https://docs.anthropic.com/en/api/overview",
  authHint:
    "Anthropic wants the key in the x-api-key header (not Authorization) plus anthropic-version: 2023-06-01.",
};
