import type { ProviderEntry } from "../schema";

export const twilio: ProviderEntry = {
  id: "twilio",
  name: "Twilio",
  env: { keys: ["TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET"], baseUrls: [] },
  hosts: ["api.twilio.com", "*.twilio.com"],
  keyFormats: [
    {
      id: "twilio-account-credentials",
      kind: "secret",
      // What Basic auth needs: Account SID and Auth Token joined by a colon.
      pattern: "^AC[a-f0-9]{32}:[A-Za-z0-9]{32}$",
      prefix: "AC",
      minLength: 67,
      maxLength: 67,
      usableAsCredential: true,
      description: "a Twilio Account SID and Auth Token pair (AC…:…)",
      specificity: 60,
    },
    {
      id: "twilio-api-key-credentials",
      kind: "secret",
      pattern: "^SK[a-f0-9]{32}:[A-Za-z0-9]{32}$",
      prefix: "SK",
      minLength: 67,
      maxLength: 67,
      usableAsCredential: true,
      description: "a Twilio API key SID and secret pair (SK…:…)",
      specificity: 60,
    },
    {
      id: "twilio-account-sid",
      kind: "account_id",
      pattern: "^AC[a-f0-9]{32}$",
      prefix: "AC",
      minLength: 34,
      maxLength: 34,
      usableAsCredential: false,
      description: "a Twilio Account SID (AC…): the user name, not the secret",
    },
    {
      id: "twilio-api-key-sid",
      kind: "key_id",
      pattern: "^SK[a-f0-9]{32}$",
      prefix: "SK",
      minLength: 34,
      maxLength: 34,
      usableAsCredential: false,
      description: "a Twilio API key SID (SK…): the secret was shown once, separately",
    },
  ],
  auth: { placement: "basic" },
  testEndpoint: {
    method: "GET",
    url: "https://api.twilio.com/2010-04-01/Accounts.json",
    description: "lists the account(s) the credentials can see; read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "20003|Authenticate",
      meaning: "invalid",
      note: "Twilio error 20003: the SID/secret pair is wrong, or the user name is not an AC or SK SID",
    },
    {
      status: 403,
      meaning: "not_authorized",
      note: "the credentials are valid but not allowed here (subaccount, suspended account)",
    },
    {
      status: 404,
      bodyPattern: "20404",
      meaning: "wrong_endpoint",
      note: "the resource does not exist under this account SID",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://console.twilio.com/us1/account/keys-credentials/api-keys",
  docsUrl: "https://www.twilio.com/docs/usage/requests-to-twilio",
  authHint:
    "Twilio wants HTTP Basic auth: Account SID (or API key SID) as the user name, Auth Token (or API key secret) as the password.",
};
