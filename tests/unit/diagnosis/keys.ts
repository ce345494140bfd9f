/** Deterministic fake keys in each provider's real format (never real keys). */

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

/** A small seeded generator (mulberry32), so every run builds the same keys. */
export function chars(n: number, alphabet: string, seed: number): string {
  let a = seed >>> 0;
  let out = "";
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += alphabet[Math.floor(r * alphabet.length)];
  }
  return out;
}

export const alnum = (n: number, seed: number) => chars(n, ALNUM, seed);
export const hex = (n: number, seed: number) => chars(n, HEX, seed);

export const KEYS = {
  openai: `sk-proj-${alnum(120, 1)}`,
  anthropic: `sk-ant-api03-${alnum(93, 2)}AA`,
  github: `ghp_${alnum(36, 3)}`,
  gitlab: `glpat-${alnum(20, 4)}`,
  gemini: `AIza${alnum(35, 5)}`,
  stripeSecret: `sk_test_${alnum(99, 6)}`,
  stripePublishable: `pk_test_${alnum(99, 7)}`,
  stripeRestricted: `rk_live_${alnum(99, 8)}`,
  slack: `xoxb-1234567890-9876543210123-${alnum(24, 9)}`,
  groq: `gsk_${alnum(52, 10)}`,
  xai: `xai-${alnum(80, 11)}`,
  sendgrid: `SG.${alnum(22, 12)}.${alnum(43, 13)}`,
  sendgridId: alnum(22, 14),
  twilioSkSid: `SK${hex(32, 15)}`,
  twilioAccountSid: `AC${hex(32, 16)}`,
  cloudflareGlobal: hex(37, 17),
  cloudflareToken: `${alnum(40, 18)}`,
  datadogApi: hex(32, 19),
  datadogApp: hex(40, 20),
  azure: hex(32, 21),
  huggingface: `hf_${alnum(34, 22)}`,
  custom: `k_${alnum(38, 23)}`,
  mistral: alnum(32, 24),
  cohere: alnum(40, 25),
} as const;

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** An unsigned-looking JWT with the given claims (signature is random bytes). */
export function jwt(claims: Record<string, unknown>, seed = 30): string {
  return `${b64url({ alg: "RS256", typ: "JWT", kid: "k1" })}.${b64url(claims)}.${alnum(86, seed)}`;
}
