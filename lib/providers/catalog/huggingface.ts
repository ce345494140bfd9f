import type { ProviderEntry } from "../schema";

export const huggingface: ProviderEntry = {
  id: "huggingface",
  name: "Hugging Face",
  env: {
    keys: ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_API_KEY"],
    baseUrls: ["HF_ENDPOINT"],
  },
  hosts: [
    "huggingface.co",
    "api-inference.huggingface.co",
    "router.huggingface.co",
    "*.endpoints.huggingface.cloud",
  ],
  keyFormats: [
    {
      id: "huggingface-token",
      kind: "token",
      pattern: "^hf_[A-Za-z0-9]{30,40}$",
      prefix: "hf_",
      minLength: 33,
      maxLength: 43,
      usableAsCredential: true,
      description: "a Hugging Face user access token (hf_…)",
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://huggingface.co/api/whoami-v2",
    description: "shows who the token belongs to; read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "Invalid credentials in Authorization header|Invalid username or password",
      meaning: "invalid",
      note: "the token is unknown or revoked",
    },
    {
      status: 401,
      meaning: "missing",
      note: "no token, or the token was not sent as Authorization: Bearer",
    },
    {
      status: 403,
      meaning: "not_authorized",
      note: "the token is valid but its permissions (read, fine-grained scopes, gated model) do not cover this",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://huggingface.co/settings/tokens",
  docsUrl: "https://huggingface.co/docs/hub/security-tokens",
  authHint: "Hugging Face wants Authorization: Bearer <token>; its tokens start with hf_.",
};
