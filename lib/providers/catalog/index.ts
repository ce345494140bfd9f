import type { Provider, ProviderEntry } from "../schema";
import { anthropic } from "./anthropic";
import { azureOpenai } from "./azure-openai";
import { cloudflare } from "./cloudflare";
import { cohere } from "./cohere";
import { custom } from "./custom";
import { datadog } from "./datadog";
import { gemini } from "./gemini";
import { github } from "./github";
import { gitlab } from "./gitlab";
import { groq } from "./groq";
import { huggingface } from "./huggingface";
import { mistral } from "./mistral";
import { openai } from "./openai";
import { sendgrid } from "./sendgrid";
import { slack } from "./slack";
import { stripe } from "./stripe";
import { twilio } from "./twilio";
import { xai } from "./xai";

/**
 * The catalog entries, in PROVIDER_IDS order. Plain data, so the browser bundle carries no
 * schema library: the entries are validated by `catalogSchema` (./validate.ts) in the
 * tests and before every build (scripts/check-catalog.ts): the data is compiled in.
 */
export const ENTRIES: ProviderEntry[] = [
  openai,
  anthropic,
  github,
  gitlab,
  stripe,
  slack,
  gemini,
  azureOpenai,
  huggingface,
  mistral,
  groq,
  xai,
  cohere,
  sendgrid,
  twilio,
  cloudflare,
  datadog,
  custom,
];

/** The schema's defaults, applied without the schema (a test proves they agree). */
function withDefaults(entry: ProviderEntry): Provider {
  return {
    ...entry,
    alternativeAuth: entry.alternativeAuth ?? [],
    requiredHeaders: entry.requiredHeaders ?? {},
  } as Provider;
}

export const CATALOG: Provider[] = ENTRIES.map(withDefaults);
