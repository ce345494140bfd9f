import type { ProviderEntry } from "../schema";

export const datadog: ProviderEntry = {
  id: "datadog",
  name: "Datadog",
  env: { keys: ["DD_API_KEY", "DATADOG_API_KEY"], baseUrls: [] },
  hosts: [
    "api.datadoghq.com",
    "api.us3.datadoghq.com",
    "api.us5.datadoghq.com",
    "api.datadoghq.eu",
    "api.ap1.datadoghq.com",
    "api.ap2.datadoghq.com",
    "api.ddog-gov.com",
  ],
  keyFormats: [
    {
      id: "datadog-api-key",
      kind: "secret",
      pattern: "^[a-f0-9]{32}$",
      minLength: 32,
      maxLength: 32,
      usableAsCredential: true,
      description: "a Datadog API key (32 hex digits)",
      specificity: 20,
    },
    {
      id: "datadog-application-key",
      kind: "application_key",
      pattern: "^[a-f0-9]{40}$",
      minLength: 40,
      maxLength: 40,
      // An application key goes in DD-APPLICATION-KEY beside an API key; alone it proves nothing.
      usableAsCredential: false,
      description:
        "a Datadog application key (40 hex digits): it goes with an API key, not instead",
      specificity: 20,
    },
  ],
  auth: { placement: "header", name: "DD-API-KEY" },
  testEndpoint: {
    method: "GET",
    url: "https://api.datadoghq.com/api/v1/validate",
    description: "validates an API key; read-only",
  },
  badKeyAnswers: [
    {
      status: 403,
      bodyPattern: "Forbidden",
      meaning: "invalid",
      note: "Datadog answers a bad key with 403; a key from another site (EU vs US1…) is also refused",
    },
    {
      status: 401,
      meaning: "invalid",
      note: "the key was refused",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://app.datadoghq.com/organization-settings/api-keys",
  docsUrl: "https://docs.datadoghq.com/account_management/api-app-keys/",
  authHint:
    "Datadog wants the API key in DD-API-KEY (and an application key in DD-APPLICATION-KEY for most read endpoints), on the host of your site.",
};
