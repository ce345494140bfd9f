import type { ProviderEntry } from "../schema";

export const azureOpenai: ProviderEntry = {
  id: "azure-openai",
  name: "Azure OpenAI",
  env: { keys: ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"], baseUrls: ["AZURE_OPENAI_ENDPOINT"] },
  hosts: ["*.openai.azure.com", "*.cognitiveservices.azure.com", "*.services.ai.azure.com"],
  keyFormats: [
    {
      id: "azure-openai-key",
      kind: "secret",
      pattern: "^[a-fA-F0-9]{32}$",
      minLength: 32,
      maxLength: 32,
      usableAsCredential: true,
      description: "an Azure OpenAI / Cognitive Services key (32 hex digits)",
      specificity: 20,
    },
    {
      id: "azure-ai-services-key",
      kind: "secret",
      pattern: "^[A-Za-z0-9]{84}$",
      minLength: 84,
      maxLength: 84,
      usableAsCredential: true,
      description: "an Azure AI services key (84 characters)",
      specificity: 15,
    },
  ],
  auth: { placement: "header", name: "api-key" },
  // Microsoft Entra ID access tokens go in Authorization: Bearer; keys never do.
  alternativeAuth: [{ placement: "bearer" }],
  testEndpoint: {
    method: "GET",
    url: "https://your-resource.openai.azure.com/openai/models?api-version=2024-10-21",
    description: "lists the models of your resource (replace your-resource); read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "invalid subscription key or wrong API endpoint",
      meaning: "invalid",
      note: "the key does not belong to this resource, or the resource name or region is wrong",
    },
    {
      status: 401,
      bodyPattern: "Access token is missing, invalid, audience is incorrect",
      meaning: "missing",
      note: "no api-key header was seen; a key sent as Authorization: Bearer is read as an Entra ID token",
    },
    {
      status: 403,
      meaning: "not_authorized",
      note: "the resource's network rules or role assignments refuse this caller",
    },
    {
      status: 404,
      bodyPattern: "Resource not found|DeploymentNotFound",
      meaning: "wrong_endpoint",
      note: "wrong resource, deployment name or api-version",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub",
  docsUrl: "https://learn.microsoft.com/azure/ai-services/openai/reference",
  authHint:
    "Azure OpenAI wants the key in the api-key header; Authorization: Bearer is only for Entra ID tokens.",
};
