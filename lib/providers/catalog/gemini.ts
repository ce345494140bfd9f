import type { ProviderEntry } from "../schema";

export const gemini: ProviderEntry = {
  id: "gemini",
  name: "Google Gemini",
  env: { keys: ["GEMINI_API_KEY", "GOOGLE_API_KEY"], baseUrls: [] },
  hosts: ["generativelanguage.googleapis.com"],
  keyFormats: [
    {
      id: "google-api-key",
      kind: "secret",
      pattern: "^AIza[0-9A-Za-z_-]{35}$",
      prefix: "AIza",
      minLength: 39,
      maxLength: 39,
      usableAsCredential: true,
      description: "a Google API key (AIza…)",
    },
  ],
  auth: { placement: "header", name: "x-goog-api-key" },
  alternativeAuth: [{ placement: "query", name: "key" }],
  testEndpoint: {
    method: "GET",
    url: "https://generativelanguage.googleapis.com/v1beta/models",
    description: "lists the models; free and read-only",
  },
  // Google answers a bad key with 400, not 401.
  badKeyAnswers: [
    {
      status: 400,
      bodyPattern: "API_KEY_EXPIRED|API key expired",
      meaning: "expired",
      note: "the API key expired; renew it in AI Studio or the Cloud console",
    },
    {
      status: 400,
      bodyPattern: "API_KEY_INVALID|API key not valid",
      meaning: "invalid",
      note: "Google answers an unknown key with 400 INVALID_ARGUMENT and reason API_KEY_INVALID",
    },
    {
      status: 400,
      bodyPattern: "User location is not supported",
      meaning: "not_authorized",
      note: "the request comes from a region the Gemini API does not serve",
    },
    {
      status: 403,
      bodyPattern: "unregistered callers",
      meaning: "missing",
      note: "Google saw no API key (403 PERMISSION_DENIED)",
    },
    {
      status: 403,
      bodyPattern:
        "SERVICE_DISABLED|API_KEY_SERVICE_BLOCKED|API_KEY_HTTP_REFERRER_BLOCKED|API_KEY_IP_ADDRESS_BLOCKED",
      meaning: "not_authorized",
      note: "the key is valid but the API is disabled for its project or the key is restricted",
    },
    {
      status: 403,
      bodyPattern: "PERMISSION_DENIED",
      meaning: "not_authorized",
      note: "the key's project may not use this API or model",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "RESOURCE_EXHAUSTED: a quota, not a credential problem",
    },
  ],
  keyPage: "https://aistudio.google.com/app/apikey",
  docsUrl: "https://ai.google.dev/gemini-api/docs/api-key",
  authHint: "Gemini wants the key in the x-goog-api-key header (or the key= query parameter).",
};
