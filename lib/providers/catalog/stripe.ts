import type { KeyFormat, ProviderEntry } from "../schema";

// Stripe keys: <kind>_<mode>_ + 24 (older) to ~99 (current) alphanumerics.
const stripeFormat = (type: "sk" | "rk" | "pk", mode: "live" | "test"): KeyFormat => {
  const prefix = `${type}_${mode}_`;
  const kinds = { sk: "secret", rk: "restricted", pk: "publishable" } as const;
  const names = { sk: "secret key", rk: "restricted key", pk: "publishable key" } as const;
  return {
    id: `stripe-${kinds[type]}-${mode}`,
    kind: kinds[type],
    pattern: `^${prefix}[A-Za-z0-9]{24,247}$`,
    prefix,
    minLength: prefix.length + 24,
    maxLength: prefix.length + 247,
    // A publishable key only works from the browser with Stripe.js, never for the REST API.
    usableAsCredential: type !== "pk",
    description: `a Stripe ${mode}-mode ${names[type]} (${prefix}…)`,
  };
};

export const stripe: ProviderEntry = {
  id: "stripe",
  name: "Stripe",
  env: { keys: ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], baseUrls: [] },
  hosts: ["api.stripe.com", "files.stripe.com"],
  keyFormats: [
    stripeFormat("sk", "live"),
    stripeFormat("sk", "test"),
    stripeFormat("rk", "live"),
    stripeFormat("rk", "test"),
    stripeFormat("pk", "live"),
    stripeFormat("pk", "test"),
  ],
  auth: { placement: "bearer" },
  alternativeAuth: [{ placement: "basic" }],
  testEndpoint: {
    method: "GET",
    url: "https://api.stripe.com/v1/balance",
    description: "reads the account balance; read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "Expired API Key provided",
      meaning: "expired",
      note: "the key was rolled and its grace period ended",
    },
    {
      status: 401,
      bodyPattern: "Invalid API Key provided",
      meaning: "invalid",
      note: "the key is unknown to Stripe: mistyped, rolled, or from another account",
    },
    {
      status: 401,
      bodyPattern: "You did not provide an API key",
      meaning: "missing",
      note: "Stripe saw no credential",
    },
    {
      status: 401,
      bodyPattern: "publishable API key",
      meaning: "wrong_type",
      note: "a publishable key (pk_) was used where a secret or restricted key is needed",
    },
    {
      status: 403,
      bodyPattern: "does not have the required permissions",
      meaning: "not_authorized",
      note: "a restricted key (rk_) that lacks the permission this endpoint needs: the key itself is valid",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://dashboard.stripe.com/apikeys",
  docsUrl: "https://docs.stripe.com/api/authentication",
  authHint:
    "Stripe wants a secret or restricted key as Authorization: Bearer sk_… (or as the Basic auth user name).",
};
