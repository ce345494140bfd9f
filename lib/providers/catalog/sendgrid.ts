import type { ProviderEntry } from "../schema";

export const sendgrid: ProviderEntry = {
  id: "sendgrid",
  name: "SendGrid",
  env: { keys: ["SENDGRID_API_KEY"], baseUrls: [] },
  hosts: ["api.sendgrid.com"],
  keyFormats: [
    {
      id: "sendgrid-key",
      kind: "secret",
      pattern: "^SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}$",
      prefix: "SG.",
      minLength: 69,
      maxLength: 69,
      usableAsCredential: true,
      description: "a SendGrid API key (SG.<key id>.<secret>)",
    },
    {
      id: "sendgrid-key-id",
      kind: "key_id",
      // The dashboard lists keys by this id; it is the middle part of the key, not the key.
      pattern: "^[A-Za-z0-9_-]{22}$",
      minLength: 22,
      maxLength: 22,
      usableAsCredential: false,
      description:
        "a SendGrid API key ID (22 characters): the key's name in the dashboard, not the key",
      specificity: 12,
    },
  ],
  auth: { placement: "bearer" },
  testEndpoint: {
    method: "GET",
    url: "https://api.sendgrid.com/v3/scopes",
    description: "lists the key's scopes; read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "authorization grant is invalid, expired, or revoked",
      meaning: "invalid",
      note: "the key is unknown, deleted, or mistyped",
    },
    {
      status: 401,
      bodyPattern: "authorization required",
      meaning: "missing",
      note: "SendGrid saw no Authorization: Bearer header",
    },
    {
      status: 403,
      bodyPattern: "access forbidden",
      meaning: "not_authorized",
      note: "the key is valid but lacks the scope (restricted access key)",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://app.sendgrid.com/settings/api_keys",
  docsUrl:
    "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication",
  authHint: "SendGrid wants the whole key as Authorization: Bearer SG.… (not the key ID).",
};
