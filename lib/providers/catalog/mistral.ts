import type { ProviderEntry } from "../schema";

export const mistral: ProviderEntry = {
  id: "mistral",
  name: "Mistral AI",
  env: { keys: ["MISTRAL_API_KEY"], baseUrls: [] },
  hosts: ["api.mistral.ai", "codestral.mistral.ai"],
  keyFormats: [
    {
      id: "mistral-key",
      kind: "secret",
      // No prefix: a bare 32-character key, so it must never outrank a distinctive format.
      pattern: "^[A-Za-z0-9]{32}$",
      minLength: 32,
      maxLength: 32,
      usableAsCredential: true,
      description: "a Mistral API key (32 letters and digits)",
      specificity: 10,
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://api.mistral.ai/v1/models",
    description: "lists the models; free and read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "Unauthorized",
      meaning: "invalid",
      note: "the key is unknown or revoked, or not yet active (new keys take a few minutes)",
    },
    {
      status: 403,
      meaning: "not_authorized",
      note: "the key is valid but its workspace may not use this model or endpoint",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://console.mistral.ai/api-keys",
  docsUrl: "https://docs.mistral.ai/api/",
  authHint: "Mistral wants Authorization: Bearer <key>.",
};
