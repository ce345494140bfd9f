import type { ProviderEntry } from "../schema";

export const groq: ProviderEntry = {
  id: "groq",
  name: "Groq",
  env: { keys: ["GROQ_API_KEY"], baseUrls: ["GROQ_BASE_URL"] },
  hosts: ["api.groq.com"],
  keyFormats: [
    {
      id: "groq-key",
      kind: "secret",
      pattern: "^gsk_[A-Za-z0-9]{48,56}$",
      prefix: "gsk_",
      minLength: 52,
      maxLength: 60,
      usableAsCredential: true,
      description: "a Groq API key (gsk_…)",
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://api.groq.com/openai/v1/models",
    description: "lists the models; free and read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "invalid_api_key|Invalid API Key",
      meaning: "invalid",
      note: "the key is unknown or revoked",
    },
    {
      status: 403,
      meaning: "not_authorized",
      note: "the key is valid but refused here (organisation restrictions or region)",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://console.groq.com/keys",
  docsUrl: "https://console.groq.com/docs/api-reference",
  authHint: "Groq wants Authorization: Bearer <key>; its keys start with gsk_.",
};
