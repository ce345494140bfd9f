import { header, maskLikeOpenAI } from "./credentials";
import { replay } from "./recorded";
import { json } from "./respond";
import type { Scenario } from "./scenario";

/** Scripted providers, answering as the real APIs do (bodies copied from their docs and observed answers). */

const requestId = () => `req_${Math.random().toString(16).slice(2, 14)}`;

export const openai: Scenario = ({ res, creds, isGood }) => {
  const bearer = creds.find((c) => c.where === "bearer");
  const headers = { "x-request-id": requestId(), "openai-processing-ms": "12" };
  if (!bearer) {
    return json(
      res,
      401,
      {
        error: {
          message:
            "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          type: "invalid_request_error",
          param: null,
          code: null,
        },
      },
      headers,
    );
  }
  if (isGood(bearer.value)) return json(res, 200, { object: "list", data: [] }, headers);
  return json(
    res,
    401,
    {
      error: {
        message: `Incorrect API key provided: ${maskLikeOpenAI(bearer.value)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    },
    headers,
  );
};

export const anthropic: Scenario = ({ req, res, creds, isGood }) => {
  const key = creds.find((c) => c.where === "header" && c.name === "x-api-key");
  const headers = { "request-id": requestId() };
  const error = (status: number, type: string, message: string) =>
    json(res, status, { type: "error", error: { type, message } }, headers);
  if (!key) return error(401, "authentication_error", "x-api-key header is required");
  if (!header(req, "anthropic-version")) {
    return error(400, "invalid_request_error", "anthropic-version: header is required");
  }
  if (isGood(key.value)) return json(res, 200, { data: [], has_more: false }, headers);
  return error(401, "authentication_error", "invalid x-api-key");
};

export const github: Scenario = ({ req, res, isGood }) => {
  const authorization = header(req, "authorization");
  const headers = {
    "x-github-request-id": "C0DE:1234:5678:9ABC:DEF0",
    "x-ratelimit-limit": "60",
    "x-ratelimit-remaining": "59",
  };
  if (!authorization) {
    return json(
      res,
      401,
      {
        message: "Requires authentication",
        documentation_url: "https://docs.github.com/rest",
        status: "401",
      },
      headers,
    );
  }
  const token = authorization.replace(/^(Bearer|token)\s+/i, "");
  if (isGood(token)) return json(res, 200, { login: "octocat", id: 1 }, headers);
  return json(
    res,
    401,
    {
      message: "Bad credentials",
      documentation_url: "https://docs.github.com/rest",
      status: "401",
    },
    headers,
  );
};

export const stripe: Scenario = ({ res, creds, isGood }) => {
  const headers = { "request-id": requestId(), "www-authenticate": 'Basic realm="Stripe"' };
  const key = creds.find((c) => c.where === "bearer" || (c.where === "basic" && c.value !== ""));
  if (!key) {
    return json(
      res,
      401,
      {
        error: {
          message:
            "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
          type: "invalid_request_error",
        },
      },
      headers,
    );
  }
  if (isGood(key.value)) return json(res, 200, { object: "balance", available: [] }, headers);
  return json(
    res,
    401,
    {
      error: {
        message: `Invalid API Key provided: ${key.value.slice(0, 8)}*********${key.value.slice(-4)}`,
        type: "invalid_request_error",
      },
    },
    headers,
  );
};

export const slack: Scenario = ({ res, creds, isGood }) => {
  const headers = { "x-slack-req-id": requestId() };
  const bearer = creds.find((c) => c.where === "bearer");
  if (!bearer) return json(res, 200, { ok: false, error: "not_authed" }, headers);
  if (isGood(bearer.value))
    return json(
      res,
      200,
      { ok: true, url: "https://example.slack.com/", team: "Example" },
      headers,
    );
  return json(res, 200, { ok: false, error: "invalid_auth" }, headers);
};

export const gemini: Scenario = ({ res, creds, isGood }) => {
  const key = creds.find(
    (c) =>
      (c.where === "header" && c.name === "x-goog-api-key") ||
      (c.where === "query" && c.name === "key"),
  );
  if (!key) return replay(res, "gemini-unregistered-caller");
  if (isGood(key.value)) return json(res, 200, { models: [] });
  return replay(res, "gemini-api-key-invalid");
};

/** Accepts the key only in X-API-Key: a Bearer token is as good as nothing here. */
export const xApiKeyOnly: Scenario = ({ res, creds, isGood }) => {
  const key = creds.find((c) => c.where === "header" && c.name === "x-api-key");
  if (!key)
    return json(res, 401, {
      error: "missing_api_key",
      message: "Send your key in the X-API-Key header.",
    });
  if (isGood(key.value)) return json(res, 200, { ok: true });
  return json(res, 401, { error: "invalid_api_key", message: "The API key is not valid." });
};

/** 200 for a good Bearer key, 401 otherwise. */
export const ok: Scenario = ({ res, creds, isGood }) => {
  const bearer = creds.find((c) => c.where === "bearer");
  if (bearer && isGood(bearer.value)) return json(res, 200, { ok: true });
  return json(
    res,
    401,
    { error: "unauthorized" },
    { "www-authenticate": 'Bearer realm="ok", error="invalid_token"' },
  );
};

/** httpbin-style: reflects what was sent, in every encoding a careless API might use. */
export const echoCredentials: Scenario = ({ req, res, url, creds }) => {
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");
  const echoes = creds.map((c) => ({
    where: c.where,
    raw: c.value,
    urlEncoded: encodeURIComponent(c.value),
    base64: b64(c.value),
    base64url: b64url(c.value),
    basicUserKey: b64(`user:${c.value}`),
    basicKeyColon: b64(`${c.value}:`),
    maskedOpenAI: maskLikeOpenAI(c.value),
    maskedDots: `${c.value.slice(0, 8)}...${c.value.slice(-4)}`,
    maskedShort: `${c.value.slice(0, 3)}***${c.value.slice(-4)}`,
    maskedStars: `${c.value.slice(0, 7)}****${c.value.slice(-4)}`,
  }));
  const first = creds[0]?.value ?? "";
  // Node refuses to write a header value with control or non-Latin-1 characters.
  const inHeader = /^[\x20-\x7e]*$/.test(first) ? first : encodeURIComponent(first);
  const body = JSON.stringify({
    headers: req.headers,
    args: Object.fromEntries(url.searchParams),
    url: url.toString(),
    echoes,
  });
  const plain = `\nplain: ${first} url: ${encodeURIComponent(first)} b64: ${b64(first)}\n`;
  const payload = url.searchParams.get("format") === "text" ? body + plain : body;
  res.writeHead(401, {
    "content-type": url.searchParams.get("format") === "text" ? "text/plain" : "application/json",
    "content-length": String(Buffer.byteLength(payload)),
    // Allow-listed headers that reflect the key: they must come back redacted.
    "x-request-id": inHeader,
    "www-authenticate": `Bearer realm="${inHeader.replace(/["\\]/g, "")}", error="invalid_token", error_description="token ${b64(first)} rejected"`,
    server: `echo ${encodeURIComponent(first)}`,
    "set-cookie": `session=${encodeURIComponent(first)}`,
    date: new Date().toUTCString(),
  });
  res.end(payload);
};
