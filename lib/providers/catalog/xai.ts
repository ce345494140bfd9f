import type { ProviderEntry } from "../schema";

export const xai: ProviderEntry = {
  id: "xai",
  name: "xAI",
  env: { keys: ["XAI_API_KEY", "GROK_API_KEY"], baseUrls: [] },
  hosts: ["api.x.ai"],
  keyFormats: [
    {
      id: "xai-key",
      kind: "secret",
      pattern: "^xai-[A-Za-z0-9]{70,90}$",
      prefix: "xai-",
      minLength: 74,
      maxLength: 94,
      usableAsCredential: true,
      description: "an xAI API key (xai-…)",
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://api.x.ai/v1/models",
    description: "lists the models; free and read-only",
  },
  // xAI answers an unknown key with 400, not 401.
  badKeyAnswers: [
    {
      status: 400,
      bodyPattern: "Incorrect API key provided",
      meaning: "invalid",
      note: "the key is unknown or revoked (xAI answers 400)",
    },
    {
      status: 400,
      bodyPattern: "(no|missing) (api key|authorization)",
      meaning: "missing",
      note: "xAI saw no Authorization: Bearer header",
    },
    {
      status: 401,
      meaning: "invalid",
      note: "the key was refused",
    },
    {
      status: 403,
      bodyPattern: "credits|spending limit|does not have permission",
      meaning: "not_authorized",
      note: "the key is valid but the team has no credits left or the key's ACL excludes this endpoint",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://console.x.ai/",
  docsUrl: "https://docs.x.ai/docs/api-reference",
  authHint: "xAI wants Authorization: Bearer <key>; its keys start with xai-.",
};
