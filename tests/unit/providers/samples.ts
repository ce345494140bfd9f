/**
 * Realistic fake keys, one per catalog key format: the right prefix, alphabet and length,
 * from a seeded generator so failures reproduce. None of these is a real credential.
 */

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URLSAFE = `${ALNUM}-_`;
const HEX = "0123456789abcdef";
const DIGITS = "0123456789";
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** mulberry32: small, seeded, good enough to vary characters. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomString(alphabet: string, length: number, seed = length): string {
  const next = rng(seed * 7919 + alphabet.length);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

const r = randomString;

/** formatId → a well-formed sample key of that format. */
export const SAMPLE_KEYS: Record<string, string> = {
  "openai-project": `sk-proj-${r(URLSAFE, 156, 1)}`,
  "openai-service-account": `sk-svcacct-${r(URLSAFE, 153, 2)}`,
  "openai-admin": `sk-admin-${r(URLSAFE, 155, 3)}`,
  "openai-legacy": `sk-${r(ALNUM, 48, 4)}`,
  "anthropic-api": `sk-ant-api03-${r(URLSAFE, 93, 5)}AA`,
  "anthropic-admin": `sk-ant-admin01-${r(URLSAFE, 93, 6)}AA`,
  "anthropic-oauth": `sk-ant-oat01-${r(URLSAFE, 93, 7)}AA`,
  "github-classic-pat": `ghp_${r(ALNUM, 36, 8)}`,
  "github-fine-grained-pat": `github_pat_11${r(UPPER_DIGITS, 20, 9)}_${r(ALNUM, 59, 10)}`,
  "github-oauth": `gho_${r(ALNUM, 36, 11)}`,
  "github-user-to-server": `ghu_${r(ALNUM, 36, 12)}`,
  "github-installation": `ghs_${r(ALNUM, 36, 13)}`,
  "github-refresh": `ghr_${r(ALNUM, 76, 14)}`,
  "gitlab-pat": `glpat-${r(URLSAFE, 20, 15)}`,
  "gitlab-deploy-token": `gldt-${r(URLSAFE, 20, 16)}`,
  "gitlab-trigger-token": `glptt-${r(HEX, 40, 17)}`,
  "stripe-secret-live": `sk_live_${r(ALNUM, 99, 18)}`,
  "stripe-secret-test": `sk_test_${r(ALNUM, 99, 19)}`,
  "stripe-restricted-live": `rk_live_${r(ALNUM, 99, 20)}`,
  "stripe-restricted-test": `rk_test_${r(ALNUM, 24, 21)}`,
  "stripe-publishable-live": `pk_live_${r(ALNUM, 99, 22)}`,
  "stripe-publishable-test": `pk_test_${r(ALNUM, 24, 23)}`,
  "slack-bot": `xoxb-${r(DIGITS, 12, 24)}-${r(DIGITS, 13, 25)}-${r(ALNUM, 24, 26)}`,
  "slack-user": `xoxp-${r(DIGITS, 12, 27)}-${r(DIGITS, 12, 28)}-${r(DIGITS, 13, 29)}-${r(HEX, 32, 30)}`,
  "slack-app-level": `xapp-1-A${r(UPPER_DIGITS, 10, 31)}-${r(DIGITS, 13, 32)}-${r(HEX, 64, 33)}`,
  "slack-rotating": `xoxe.xoxp-1-${r(ALNUM, 140, 34)}`,
  "slack-refresh": `xoxe-1-${r(ALNUM, 140, 35)}`,
  "google-api-key": `AIza${r(URLSAFE, 35, 36)}`,
  "azure-openai-key": r(HEX, 32, 37),
  "azure-ai-services-key": r(ALNUM, 84, 38),
  "huggingface-token": `hf_${r(ALNUM, 34, 39)}`,
  "mistral-key": r(ALNUM, 32, 40),
  "groq-key": `gsk_${r(ALNUM, 52, 41)}`,
  "xai-key": `xai-${r(ALNUM, 80, 42)}`,
  "cohere-key": r(ALNUM, 40, 43),
  "sendgrid-key": `SG.${r(URLSAFE, 22, 44)}.${r(URLSAFE, 43, 45)}`,
  "sendgrid-key-id": r(URLSAFE, 22, 46),
  "twilio-account-credentials": `AC${r(HEX, 32, 47)}:${r(HEX, 32, 48)}`,
  "twilio-api-key-credentials": `SK${r(HEX, 32, 49)}:${r(ALNUM, 32, 50)}`,
  "twilio-account-sid": `AC${r(HEX, 32, 51)}`,
  "twilio-api-key-sid": `SK${r(HEX, 32, 52)}`,
  "cloudflare-global-key": r(HEX, 37, 53),
  "cloudflare-api-token": r(URLSAFE, 40, 54),
  "datadog-api-key": r(HEX, 32, 55),
  "datadog-application-key": r(HEX, 40, 56),
};
