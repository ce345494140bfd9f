import { describe, expect, it } from "vitest";
import { decodeJwt, inspectKey, judgeJwt, summarizeKey } from "@/lib/inspect";
import { AUTH0_CLAIMS, fakeBody, makeJwt, SUPABASE_CLAIMS } from "./keys";

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0); // a fixed "server Date"
const NOW_S = NOW / 1000;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

function segment(text: string): string {
  return Buffer.from(text).toString("base64url");
}

describe("decodeJwt", () => {
  it("decodes an Auth0-style access token", () => {
    const jwt = decodeJwt(makeJwt(AUTH0_CLAIMS));
    expect(jwt).toMatchObject({
      alg: "RS256",
      iss: "https://example-tenant.us.auth0.com/",
      sub: "auth0|64f1c0ffee",
      aud: ["https://api.example.com", "https://example-tenant.us.auth0.com/userinfo"],
      scope: "openid profile read:reports",
      iat: 1_700_000_000,
      exp: 1_700_086_400,
    });
    expect(jwt?.header.kid).toBe("k1");
    expect(jwt?.claims.azp).toBe("c1ientId");
  });

  it("decodes a Supabase anon key", () => {
    const jwt = decodeJwt(makeJwt(SUPABASE_CLAIMS, { alg: "HS256" }));
    expect(jwt).toMatchObject({ alg: "HS256", iss: "supabase", exp: 2_015_576_000 });
    expect(jwt?.claims.role).toBe("anon");
  });

  it("turns an scp array (Azure AD, Okta) into a scope string", () => {
    expect(decodeJwt(makeJwt({ scp: ["Files.Read", "User.Read"] }))?.scope).toBe(
      "Files.Read User.Read",
    );
    expect(decodeJwt(makeJwt({ scp: "Mail.Send" }))?.scope).toBe("Mail.Send");
  });

  it("decodes UTF-8 claims and segments of every padding length", () => {
    for (const sub of ["a", "ab", "abc", "Zoë Ünïcødé 🔑"]) {
      expect(decodeJwt(makeJwt({ sub }))?.sub).toBe(sub);
    }
  });

  it("accepts a header with typ but no alg, and an empty signature (alg none)", () => {
    const token = `${segment('{"typ":"JWT"}')}.${segment('{"sub":"x"}')}.`;
    expect(decodeJwt(token)?.sub).toBe("x");
  });

  it("finds the JWT after cleaning a Bearer prefix, quotes and whitespace", () => {
    const token = makeJwt(AUTH0_CLAIMS);
    expect(decodeJwt(`  Bearer "${token}"\n`)?.iss).toBe(AUTH0_CLAIMS.iss);
    expect(inspectKey(`Bearer ${token}`).jwt?.exp).toBe(AUTH0_CLAIMS.exp);
  });

  it.each([
    ["an API key", `sk-proj-${fakeBody(48, 9)}`],
    ["two segments", `${segment('{"alg":"HS256"}')}.${segment('{"sub":"x"}')}`],
    ["four segments", `${makeJwt({ sub: "x" })}.abc`],
    ["a JWE (five segments)", `${segment('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a.b.c.d`],
    ["an empty claims segment", `${segment('{"alg":"HS256"}')}..sig`],
    ["a header that is not JSON", `${segment("not json")}.${segment('{"sub":"x"}')}.sig`],
    ["claims that are not JSON", `${segment('{"alg":"HS256"}')}.${segment("hello")}.sig`],
    ["claims that are a JSON array", `${segment('{"alg":"HS256"}')}.${segment("[1,2]")}.sig`],
    ["a header without alg or typ", `${segment('{"kid":"1"}')}.${segment('{"sub":"x"}')}.sig`],
    ["invalid base64url", `${segment('{"alg":"HS256"}')}.e$$$.sig`],
    ["an impossible base64 length", `${segment('{"alg":"HS256"}')}.eyJhb.sig`],
    [
      "invalid UTF-8",
      `${segment('{"alg":"HS256"}')}.${Buffer.from([0x7b, 0xff, 0x7d]).toString("base64url")}.sig`,
    ],
    ["a signature with foreign characters", `${makeJwt({ sub: "x" })}!`],
  ])("returns undefined for %s", (_name, raw) => {
    expect(decodeJwt(raw)).toBeUndefined();
  });

  it("ignores time claims that are not numbers", () => {
    const jwt = decodeJwt(makeJwt({ exp: "1700000000", nbf: null, iat: 1_700_000_000 }));
    expect(jwt?.exp).toBeUndefined();
    expect(jwt?.nbf).toBeUndefined();
    expect(jwt?.iat).toBe(1_700_000_000);
  });
});

describe("judgeJwt", () => {
  const judge = (claims: Record<string, unknown>, leeway?: number) => {
    const jwt = decodeJwt(makeJwt(claims));
    if (!jwt) throw new Error("fixture is not a JWT");
    return judgeJwt(jwt, NOW, leeway);
  };

  it.each([
    [{ exp: NOW_S - 3 * DAY, iat: NOW_S - 4 * DAY }, "expired", "expired 3 days ago"],
    [{ exp: NOW_S - 2 * HOUR }, "expired", "expired 2 hours ago"],
    [{ exp: NOW_S - 90 }, "expired", "expired 1 minute ago"],
    [{ exp: NOW_S - 400 * DAY }, "expired", "expired 1 year ago"],
    [{ exp: NOW_S + 2 * HOUR }, "valid", "expires in 2 hours"],
    [{ exp: NOW_S + 45 }, "valid", "expires in 45 seconds"],
    [{ exp: NOW_S - 30 }, "valid", "expired 30 seconds ago, within the 60-second leeway"],
    [
      { exp: NOW_S + HOUR, nbf: NOW_S + 5 * MINUTE },
      "not_yet_valid",
      "not valid for another 5 minutes",
    ],
    [{ exp: NOW_S + HOUR, nbf: NOW_S + 30 }, "valid", "expires in 1 hour"],
    [
      { exp: NOW_S + HOUR, iat: NOW_S + 10 * MINUTE },
      "not_yet_valid",
      "issued 10 minutes in the future (clock skew)",
    ],
    [{ sub: "service" }, "no_expiry", "has no expiry (no exp claim)"],
    [{ iat: NOW_S - DAY }, "no_expiry", "has no expiry (no exp claim)"],
  ])("%j → %s, %s", (claims, state, relative) => {
    const judgement = judge(claims);
    expect(judgement.state).toBe(state);
    expect(judgement.relative).toBe(relative);
  });

  it("gives ISO dates for the UI", () => {
    const judgement = judge({ exp: NOW_S - 3 * DAY, nbf: NOW_S - 4 * DAY, iat: NOW_S - 4 * DAY });
    expect(judgement.expiresAt).toBe("2026-11-24T12:00:00.000Z");
    expect(judgement.notBefore).toBe("2026-11-23T12:00:00.000Z");
    expect(judgement.issuedAt).toBe("2026-11-23T12:00:00.000Z");
  });

  it("honours the leeway", () => {
    expect(judge({ exp: NOW_S - 90 }, 120).state).toBe("valid");
    expect(judge({ exp: NOW_S - 90 }, 0).state).toBe("expired");
    expect(judge({ nbf: NOW_S + 90 }, 120).state).toBe("no_expiry");
  });

  it("omits dates a Date cannot hold instead of throwing", () => {
    const judgement = judge({ exp: 1e20 });
    expect(judgement.state).toBe("valid");
    expect(judgement.expiresAt).toBeUndefined();
  });
});

describe("summarizeKey", () => {
  it("keeps only report-safe data and judges the JWT", async () => {
    const token = makeJwt({ ...AUTH0_CLAIMS, exp: NOW_S - 3 * DAY, email: "someone@example.com" });
    const raw = `Bearer ${token}\n`;
    const summary = await summarizeKey(raw, inspectKey(raw), NOW);
    expect(summary.fingerprint).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(summary.length).toBe(raw.length);
    expect(summary.preview).toBe(`eyJ…${token.slice(-4)}`);
    expect(summary.findings.map((f) => f.kind)).toEqual(["scheme_prefix", "line_break"]);
    expect(summary.jwt?.claims).toEqual({
      exp: NOW_S - 3 * DAY,
      iat: AUTH0_CLAIMS.iat,
      aud: AUTH0_CLAIMS.aud,
      iss: AUTH0_CLAIMS.iss,
      scope: AUTH0_CLAIMS.scope,
      alg: "RS256",
    });
    expect(summary.jwt?.judgement?.relative).toBe("expired 3 days ago");
    // Nothing beyond the preview of the token itself, and no personal claims.
    const json = JSON.stringify(summary);
    expect(json).not.toContain(token.slice(3, 12));
    expect(json).not.toContain("someone@example.com");
  });

  it("fingerprints the raw paste, not the cleaned key", async () => {
    const a = await summarizeKey("sk-abc\n", inspectKey("sk-abc\n"), NOW);
    const b = await summarizeKey("sk-abc", inspectKey("sk-abc"), NOW);
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.jwt).toBeUndefined();
  });
});
