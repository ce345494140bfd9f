/** Diagnosis cases. Where the key goes and where the request goes: placement, stripped credentials, redirects, endpoints. */

import { recorded } from "../build-evidence";
import type { Case } from "../cases";
import { inline, redirect } from "../inline-answers";
import { KEYS } from "../keys";

export const PLACEMENT_AND_PATH_CASES: Case[] = [
  // ── wrong_auth_header ───────────────────────────────────────────────────────
  {
    name: "Anthropic key sent as Bearer; x-api-key works",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      auth: { placement: "bearer" },
      probes: [
        recorded("as-sent", "anthropic-no-key"),
        recorded("no-credential", "anthropic-no-key"),
        {
          ...inline("provider", "anthropicModels"),
          auth: { placement: "header", name: "x-api-key" },
        },
      ],
    },
    top: "wrong_auth_header",
    fix: /x-api-key/,
  },
  {
    name: "custom API wants X-API-Key, not Bearer",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "fastapi-not-authenticated"),
        recorded("no-credential", "fastapi-not-authenticated"),
        inline("x-api-key", "customOk"),
      ],
    },
    top: "wrong_auth_header",
    fix: /X-API-Key/,
  },
  {
    name: "Anthropic key in a raw Authorization header (inspection only)",
    spec: { key: KEYS.anthropic, provider: "anthropic", auth: { placement: "authorization" } },
    top: "wrong_auth_header",
    fix: /x-api-key/,
  },
  {
    name: "echo check: the app sends the OpenAI key in x-api-key",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      environment: (fingerprint) => ({
        echo: [
          {
            credential: {
              name: "x-api-key",
              location: "header",
              fingerprint,
              length: KEYS.openai.length,
              findingKinds: [],
            },
            headerNames: ["x-api-key", "content-type"],
            method: "GET",
            path: "/v1/models",
          },
        ],
      }),
    },
    top: "wrong_auth_header",
    fix: /Bearer/,
  },
  {
    name: "AWS IAM route: a Bearer token instead of a SigV4 signature",
    spec: {
      key: KEYS.custom,
      url: "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/orders",
      probes: [recorded("as-sent", "aws-apigw-iam-bearer")],
    },
    top: "wrong_auth_header",
    fix: /SigV4/,
  },

  // ── credentials_not_received ────────────────────────────────────────────────
  {
    name: "OpenAI says no API key was provided, same as with no key",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [recorded("as-sent", "openai-no-key"), recorded("no-credential", "openai-no-key")],
    },
    top: "credentials_not_received",
    fix: /Bearer/,
  },
  {
    name: "a plain Express 401, identical with and without the key",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
    },
    top: "credentials_not_received",
    second: "key_rejected",
  },
  {
    name: "the same plain 401 with and without a key the user put where the API reads it: refused, not lost",
    spec: {
      key: KEYS.custom,
      auth: { placement: "bearer" },
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
    },
    top: "key_rejected",
    second: "credentials_not_received",
  },
  {
    name: "a bare key in Authorization, answered as no key: the scheme word is missing",
    spec: {
      key: KEYS.custom,
      auth: { placement: "authorization" },
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
    },
    top: "wrong_auth_header",
    fix: /scheme word|Bearer/,
  },
  {
    name: "the same bare 401 from PHP behind Apache: the Authorization header is the likelier loss",
    spec: {
      key: KEYS.custom,
      auth: { placement: "basic" },
      probes: [
        inline("as-sent", "apachePhpBasicChallenge"),
        inline("no-credential", "apachePhpBasicChallenge"),
      ],
    },
    top: "credentials_not_received",
    second: "key_rejected",
  },
  {
    name: "a bare Bearer challenge without error= (RFC 6750: nothing was seen)",
    spec: {
      key: KEYS.custom,
      probes: [
        inline("as-sent", "fastapiBearerNoHeader"),
        inline("no-credential", "fastapiBearerNoHeader"),
      ],
    },
    top: "credentials_not_received",
  },
  {
    name: "Stripe: You did not provide an API key",
    spec: {
      key: KEYS.stripeSecret,
      provider: "stripe",
      probes: [recorded("as-sent", "stripe-no-key"), recorded("no-credential", "stripe-no-key")],
    },
    top: "credentials_not_received",
  },

  // ── redirect_drops_auth ─────────────────────────────────────────────────────
  {
    name: "http → https redirect",
    spec: {
      key: KEYS.custom,
      url: "http://api.example.com/v1/me",
      probes: [redirect("as-sent", 301, "https://api.example.com/v1/me")],
    },
    top: "redirect_drops_auth",
    fix: /https:\/\//,
  },
  {
    name: "redirect to another host",
    spec: {
      key: KEYS.custom,
      url: "https://api.example.com/v1/me",
      probes: [
        redirect("as-sent", 302, "https://eu.api-example.net/v1/me"),
        redirect("no-credential", 302, "https://eu.api-example.net/v1/me"),
      ],
    },
    top: "redirect_drops_auth",
    headline: /another host/,
  },
  {
    name: "a redirect to a sign-in page, with and without the key: a login wall, not a lost key",
    spec: {
      key: KEYS.custom,
      url: "https://app.example.com/api/systems",
      probes: [
        redirect("as-sent", 303, "https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F"),
        redirect(
          "no-credential",
          303,
          "https://auth.example.com/?rd=https%3A%2F%2Fapp.example.com%2F",
        ),
      ],
    },
    top: "gateway_rejected",
    headline: /login wall/,
  },
  {
    name: "trailing-slash redirect on the same origin",
    spec: {
      key: KEYS.custom,
      url: "https://api.example.com/v1/orders",
      probes: [redirect("as-sent", 308, "/v1/orders/")],
    },
    top: "redirect_drops_auth",
  },

  // ── wrong_endpoint ──────────────────────────────────────────────────────────
  {
    name: "OpenAI: Invalid URL (a typo in the path)",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      url: "https://api.openai.com/v1/model",
      probes: [inline("as-sent", "openaiInvalidUrl"), inline("no-credential", "openaiInvalidUrl")],
    },
    top: "wrong_endpoint",
    fix: /api\.openai\.com\/v1\/models/,
  },
  {
    name: "Azure OpenAI: the deployment does not exist",
    spec: {
      key: KEYS.azure,
      provider: "azure-openai",
      url: "https://contoso.openai.azure.com/openai/deployments/gpt4/chat/completions",
      probes: [inline("as-sent", "azureDeploymentNotFound")],
    },
    top: "wrong_endpoint",
    fix: /deployments/,
  },
  {
    name: "Kong: no Route matched",
    spec: {
      key: KEYS.custom,
      probes: [inline("as-sent", "kongNoRoute"), inline("no-credential", "kongNoRoute")],
    },
    top: "wrong_endpoint",
  },

  {
    name: "AWS API Gateway: Missing Authentication Token on a path that does not exist",
    spec: {
      key: KEYS.custom,
      url: "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/order",
      probes: [
        recorded("as-sent", "aws-apigw-missing-token"),
        recorded("no-credential", "aws-apigw-missing-token"),
      ],
    },
    top: "wrong_endpoint",
  },
];
