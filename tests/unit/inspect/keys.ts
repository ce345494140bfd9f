/**
 * Key-shaped test strings with the real prefixes and lengths of each provider, generated
 * rather than pasted so no secret scanner mistakes them for leaked keys. No "x" in the
 * alphabet: a run of x's is the redaction pattern under test.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz0123456789";

export function fakeBody(length: number, seed: number): string {
  let state = seed >>> 0 || 1;
  let out = "";
  while (out.length < length) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += ALPHABET[(state >>> 0) % ALPHABET.length];
  }
  return out;
}

/** OpenAI project key: sk-proj- + 156 characters with - and _. */
export const OPENAI = `sk-proj-${fakeBody(70, 1)}-${fakeBody(40, 2)}_${fakeBody(44, 3)}`;
/** Anthropic: sk-ant-api03- + 93 characters + AA. */
export const ANTHROPIC = `sk-ant-api03-${fakeBody(60, 4)}-${fakeBody(32, 5)}AA`;
/** GitHub classic personal access token: ghp_ + 36. */
export const GITHUB = `ghp_${fakeBody(36, 6)}`;
/** Stripe live secret key, assembled so the literal never appears in the source. */
export const STRIPE = `${"sk"}_${"live"}_${fakeBody(99, 7)}`;

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function makeJwt(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  return `${base64url({ alg: "RS256", typ: "JWT", kid: "k1", ...header })}.${base64url(claims)}.${fakeBody(86, 8)}`;
}

/** Auth0-style access token. */
export const AUTH0_CLAIMS = {
  iss: "https://example-tenant.us.auth0.com/",
  sub: "auth0|64f1c0ffee",
  aud: ["https://api.example.com", "https://example-tenant.us.auth0.com/userinfo"],
  iat: 1_700_000_000,
  exp: 1_700_086_400,
  scope: "openid profile read:reports",
  azp: "c1ientId",
};

/** Supabase anon key: HS256, role claim, ten-year expiry. */
export const SUPABASE_CLAIMS = {
  iss: "supabase",
  ref: "abcdefghijklmnopqrst",
  role: "anon",
  iat: 1_700_000_000,
  exp: 2_015_576_000,
};
