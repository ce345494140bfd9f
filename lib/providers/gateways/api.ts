import type { LayerContext } from "./fingerprint";
import type { Gateway } from "./gateway";

interface ApiShape {
  /** Which family of error body, e.g. "openai-style error object". */
  family: string;
  /** 0..1: how clearly an application (not a gateway) wrote this body. */
  score: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === "string";

/**
 * Recognises the error bodies APIs write themselves. Gateways write their own few shapes
 * (`{"message":"Unauthorized"}`, `{"fault":…}`, `{"statusCode":…}`); a body in a
 * provider's richer shape means the request got through to the API.
 */
export function apiShape(ctx: LayerContext): ApiShape | undefined {
  const j = ctx.json;
  if (j === undefined) return undefined;
  const err = j.error;
  if (j.type === "error" && isObject(err) && str(err.type)) {
    return { family: "Anthropic-style error", score: 0.9 };
  }
  if (isObject(err)) {
    if (typeof err.code === "number" && str(err.status) && str(err.message)) {
      return { family: "Google API error (error.status)", score: 0.9 };
    }
    if (str(err.message) && ("type" in err || "code" in err || "param" in err)) {
      return { family: "OpenAI/Stripe-style error object", score: 0.85 };
    }
    if (str(err.message)) return { family: "JSON error object", score: 0.7 };
  }
  if (j.ok === false && str(err)) return { family: "Slack-style ok:false", score: 0.9 };
  if (j.success === false && Array.isArray(j.errors)) {
    return { family: "Cloudflare API envelope", score: 0.9 };
  }
  if (str(j.message) && str(j.documentation_url)) {
    return { family: "GitHub-style error", score: 0.9 };
  }
  if (typeof j.code === "number" && str(j.message) && str(j.more_info)) {
    return { family: "Twilio-style error", score: 0.9 };
  }
  if (Array.isArray(j.errors) && j.errors.length > 0) {
    return { family: "JSON errors array", score: 0.75 };
  }
  if (str(err) && str(j.error_description)) {
    return { family: "OAuth 2.0 error (RFC 6749)", score: 0.7 };
  }
  if (str(j.code) && str(err)) return { family: "JSON error with code", score: 0.75 };
  if (str(j.title) && ("status" in j || "type" in j || "detail" in j)) {
    return { family: "Problem Details (RFC 9457)", score: 0.75 };
  }
  if (str(err) || str(j.detail) || str(j.message)) {
    return { family: "JSON error message", score: 0.5 };
  }
  return { family: "JSON body", score: 0.4 };
}

/** The API itself: recognised by `apiShape` (and by no gateway claiming the answer). */
export const api: Gateway = {
  id: "api",
  name: "the API",
  sentenceName: "the API",
  isGateway: false,
  placements: [],
  noPlacementsBecause:
    "The API's own placement is the provider's, in the provider catalog (or what the user chose).",
  fix: "The API itself answered: the causes about the key and its placement apply, not a gateway's.",
};
