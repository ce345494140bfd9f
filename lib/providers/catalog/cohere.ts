import type { ProviderEntry } from "../schema";

export const cohere: ProviderEntry = {
  id: "cohere",
  name: "Cohere",
  env: { keys: ["CO_API_KEY", "COHERE_API_KEY"], baseUrls: ["CO_API_URL"] },
  hosts: ["api.cohere.com", "api.cohere.ai"],
  keyFormats: [
    {
      id: "cohere-key",
      kind: "secret",
      // No prefix: a bare 40-character key, ranked below every distinctive format.
      pattern: "^[A-Za-z0-9]{40}$",
      minLength: 40,
      maxLength: 40,
      usableAsCredential: true,
      description: "a Cohere API key (40 letters and digits)",
      specificity: 10,
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://api.cohere.com/v1/models",
    description: "lists the models; free and read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "no api key supplied",
      meaning: "missing",
      note: "Cohere saw no Authorization: Bearer header",
    },
    {
      status: 401,
      bodyPattern: "invalid api token",
      meaning: "invalid",
      note: "the key is unknown or revoked",
    },
    {
      status: 429,
      bodyPattern: "trial key",
      meaning: "rate_limited",
      note: "a trial key hit its monthly or per-minute limit",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://dashboard.cohere.com/api-keys",
  docsUrl: "https://docs.cohere.com/reference/about",
  authHint: "Cohere wants Authorization: Bearer <key>.",
};
