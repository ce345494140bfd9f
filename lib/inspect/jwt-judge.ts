import type { JwtInfo, JwtJudgement } from "./inspection";
import { humanDuration, isoDate } from "./relative-time";

/**
 * Judges a JWT's time claims against `now` (epoch ms): the server's `Date` header when a
 * probe saw one, because the API judges by its clock, not the user's. The leeway absorbs
 * the small skew that verifiers tolerate.
 */
export function judgeJwt(jwt: JwtInfo, now: number, leewaySeconds = 60): JwtJudgement {
  const nowSeconds = now / 1000;
  const dates: Omit<JwtJudgement, "state" | "relative"> = {};
  const expiresAt = isoDate(jwt.exp);
  const notBefore = isoDate(jwt.nbf);
  const issuedAt = isoDate(jwt.iat);
  if (expiresAt) dates.expiresAt = expiresAt;
  if (notBefore) dates.notBefore = notBefore;
  if (issuedAt) dates.issuedAt = issuedAt;

  if (jwt.exp !== undefined && jwt.exp + leewaySeconds < nowSeconds) {
    return {
      state: "expired",
      relative: `expired ${humanDuration(nowSeconds - jwt.exp)} ago`,
      ...dates,
    };
  }
  if (jwt.nbf !== undefined && jwt.nbf - leewaySeconds > nowSeconds) {
    return {
      state: "not_yet_valid",
      relative: `not valid for another ${humanDuration(jwt.nbf - nowSeconds)}`,
      ...dates,
    };
  }
  if (jwt.iat !== undefined && jwt.iat - leewaySeconds > nowSeconds) {
    return {
      state: "not_yet_valid",
      relative: `issued ${humanDuration(jwt.iat - nowSeconds)} in the future (clock skew)`,
      ...dates,
    };
  }
  if (jwt.exp === undefined) {
    return { state: "no_expiry", relative: "has no expiry (no exp claim)", ...dates };
  }
  if (jwt.exp <= nowSeconds) {
    return {
      state: "valid",
      relative: `expired ${humanDuration(nowSeconds - jwt.exp)} ago, within the ${leewaySeconds}-second leeway`,
      ...dates,
    };
  }
  return {
    state: "valid",
    relative: `expires in ${humanDuration(jwt.exp - nowSeconds)}`,
    ...dates,
  };
}
