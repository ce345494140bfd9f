import type { ProviderEntry } from "../schema";

export const openai: ProviderEntry = {
  id: "openai",
  name: "OpenAI",
  env: { keys: ["OPENAI_API_KEY", "OPENAI_KEY"], baseUrls: ["OPENAI_BASE_URL", "OPENAI_API_BASE"] },
  hosts: ["api.openai.com"],
  keyFormats: [
    {
      id: "openai-project",
      kind: "project",
      // Early project keys were sk-proj- + 48; current ones are about 164 characters long.
      pattern: "^sk-proj-[A-Za-z0-9_-]{48,200}$",
      prefix: "sk-proj-",
      minLength: 56,
      maxLength: 208,
      usableAsCredential: true,
      description: "an OpenAI project API key (sk-proj-…)",
    },
    {
      id: "openai-service-account",
      kind: "service_account",
      pattern: "^sk-svcacct-[A-Za-z0-9_-]{48,200}$",
      prefix: "sk-svcacct-",
      minLength: 59,
      maxLength: 211,
      usableAsCredential: true,
      description: "an OpenAI service account key (sk-svcacct-…)",
    },
    {
      id: "openai-admin",
      kind: "admin",
      // Admin keys only work on the /v1/organization/* administration endpoints.
      pattern: "^sk-admin-[A-Za-z0-9_-]{48,200}$",
      prefix: "sk-admin-",
      minLength: 57,
      maxLength: 209,
      usableAsCredential: false,
      description:
        "an OpenAI admin key (sk-admin-…): it manages the organisation, it cannot call models",
    },
    {
      id: "openai-legacy",
      kind: "secret",
      pattern: "^sk-[A-Za-z0-9]{48}$",
      prefix: "sk-",
      minLength: 51,
      maxLength: 51,
      usableAsCredential: true,
      description: "a legacy OpenAI user API key (sk- + 48 characters)",
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://api.openai.com/v1/models",
    description: "lists the models the key can see; free and read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "invalid_api_key|Incorrect API key provided",
      meaning: "invalid",
      note: "the key is unknown to OpenAI: mistyped, revoked, or from another account",
    },
    {
      status: 401,
      bodyPattern: "You didn't provide an API key",
      meaning: "missing",
      note: "OpenAI saw no Authorization: Bearer header",
    },
    {
      status: 401,
      bodyPattern: "insufficient permissions|Missing scopes|missing_scope",
      meaning: "not_authorized",
      note: "a restricted key or a project role that lacks the scope this endpoint needs",
    },
    {
      status: 401,
      bodyPattern: "account associated with this API key has been deactivated",
      meaning: "disabled",
      note: "the organisation or account behind the key was deactivated",
    },
    {
      status: 401,
      bodyPattern: "mismatched_organization|OpenAI-Organization header should match",
      meaning: "not_authorized",
      note: "the OpenAI-Organization header names an organisation the key does not belong to",
    },
    {
      status: 403,
      bodyPattern:
        "unsupported_country_region_territory|Country, region, or territory not supported",
      meaning: "not_authorized",
      note: "the request comes from a country OpenAI does not serve",
    },
    {
      status: 403,
      bodyPattern: "insufficient permissions|Missing scopes|missing_scope",
      meaning: "not_authorized",
      note: "the key is valid but its permissions do not cover this endpoint",
    },
    {
      status: 429,
      bodyPattern: "insufficient_quota|exceeded your current quota",
      meaning: "rate_limited",
      note: "the key works but the account has no credit left",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://platform.openai.com/api-keys",
  docsUrl: "https://platform.openai.com/docs/api-reference/authentication",
  authHint: "OpenAI wants the key as Authorization: Bearer <key>; its keys start with sk-.",
};
