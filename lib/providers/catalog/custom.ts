import type { ProviderEntry } from "../schema";

// The generic entry for an API we do not know: no key formats (claiming every key would
// make `key_wrong_provider` fire for nothing), Bearer by default.
export const custom: ProviderEntry = {
  id: "custom",
  name: "Custom API",
  hosts: [],
  keyFormats: [],
  auth: { placement: "bearer" },
  alternativeAuth: [{ placement: "header", name: "X-API-Key" }],
  testEndpoint: {
    method: "GET",
    url: "https://api.example.com/",
    description: "your own endpoint: pick a read-only one",
  },
  badKeyAnswers: [
    { status: 401, meaning: "invalid", note: "the API refused the credential" },
    {
      status: 403,
      meaning: "not_authorized",
      note: "authenticated but not allowed, or refused by a gateway",
    },
    { status: 429, meaning: "rate_limited", note: "a rate limit, not a credential problem" },
  ],
  authHint:
    "Check the API's documentation for the header it wants: usually Authorization: Bearer <key> or X-API-Key: <key>.",
};
