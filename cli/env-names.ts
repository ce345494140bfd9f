import type { ProviderId } from "@/lib/providers/types";

/**
 * The variable names SDKs and tutorials use for each provider's key, the usual one first,
 * and the base-URL variables that send every request (and the key) to another host. A
 * project that sets one name while its SDK reads another is a classic source of 401s.
 */
export interface EnvNames {
  keys: string[];
  baseUrls: string[];
}

export const ENV_NAMES: Partial<Record<ProviderId, EnvNames>> = {
  openai: {
    keys: ["OPENAI_API_KEY", "OPENAI_KEY"],
    baseUrls: ["OPENAI_BASE_URL", "OPENAI_API_BASE"],
  },
  anthropic: {
    keys: ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "ANTHROPIC_AUTH_TOKEN"],
    baseUrls: ["ANTHROPIC_BASE_URL"],
  },
  github: { keys: ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], baseUrls: ["GITHUB_API_URL"] },
  gitlab: { keys: ["GITLAB_TOKEN", "GL_TOKEN", "GITLAB_PRIVATE_TOKEN"], baseUrls: ["GITLAB_URL"] },
  stripe: { keys: ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], baseUrls: [] },
  slack: { keys: ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], baseUrls: [] },
  gemini: { keys: ["GEMINI_API_KEY", "GOOGLE_API_KEY"], baseUrls: [] },
  "azure-openai": {
    keys: ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"],
    baseUrls: ["AZURE_OPENAI_ENDPOINT"],
  },
  huggingface: {
    keys: ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACE_API_KEY"],
    baseUrls: ["HF_ENDPOINT"],
  },
  mistral: { keys: ["MISTRAL_API_KEY"], baseUrls: [] },
  groq: { keys: ["GROQ_API_KEY"], baseUrls: ["GROQ_BASE_URL"] },
  xai: { keys: ["XAI_API_KEY", "GROK_API_KEY"], baseUrls: [] },
  cohere: { keys: ["COHERE_API_KEY", "CO_API_KEY"], baseUrls: ["CO_API_URL"] },
  sendgrid: { keys: ["SENDGRID_API_KEY"], baseUrls: [] },
  twilio: { keys: ["TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET"], baseUrls: [] },
  cloudflare: {
    keys: ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "CLOUDFLARE_API_KEY"],
    baseUrls: [],
  },
  datadog: { keys: ["DD_API_KEY", "DATADOG_API_KEY"], baseUrls: [] },
};

/** The names that belong with `name`: the provider's own list, or the list `name` is on. */
export function relatedNames(name: string, providerId?: ProviderId): EnvNames {
  const byProvider = providerId ? ENV_NAMES[providerId] : undefined;
  const group = byProvider?.keys.includes(name)
    ? byProvider
    : (Object.values(ENV_NAMES).find((g) => g.keys.includes(name)) ?? byProvider);
  return {
    keys: [name, ...(group?.keys ?? []).filter((k) => k !== name)],
    baseUrls: group?.baseUrls ?? [],
  };
}

/** The provider's usual variable, for `--provider openai` without `--key-env`. */
export function defaultKeyName(providerId: ProviderId | undefined): string | undefined {
  return providerId ? ENV_NAMES[providerId]?.keys[0] : undefined;
}
