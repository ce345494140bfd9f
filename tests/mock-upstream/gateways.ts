import { header } from "./credentials";
import { json, redirect, text } from "./respond";
import type { Scenario } from "./scenario";

/** Gateways and edges that answer before the API does (see docs/architecture.md, "Add a gateway"). */

export const kong: Scenario = ({ req, res, url, isGood }) => {
  const headers = {
    server: "kong/3.6.1",
    "x-kong-response-latency": "0",
    "x-kong-request-id": "5b1c3a0e6b2f4c1d",
    "www-authenticate": 'Key realm="kong"',
  };
  const key = header(req, "apikey") ?? url.searchParams.get("apikey");
  if (key === undefined || key === null)
    return json(res, 401, { message: "No API key found in request" }, headers);
  if (isGood(key)) return json(res, 200, { ok: true }, { via: "kong/3.6.1" });
  return json(res, 401, { message: "Invalid authentication credentials" }, headers);
};

export const aws: Scenario = ({ res }) =>
  json(
    res,
    401,
    { message: "Unauthorized" },
    {
      "x-amzn-requestid": "0f9c2a8e-1111-2222-3333-444455556666",
      "x-amzn-errortype": "UnauthorizedException",
      "x-amz-apigw-id": "Ab1CdEfGhIjKlMn=",
    },
  );

export const envoy: Scenario = ({ req, res }) => {
  const authorization = header(req, "authorization");
  const headers = { server: "envoy", "x-envoy-upstream-service-time": "1" };
  if (!authorization || !/^Bearer\s+\S/i.test(authorization)) {
    return text(res, 401, "Jwt is missing", {
      ...headers,
      "www-authenticate": 'Bearer realm="https://api.example.com/", error="invalid_request"',
    });
  }
  return text(res, 401, "Jwt is expired", {
    ...headers,
    "www-authenticate":
      'Bearer realm="https://api.example.com/", error="invalid_token", error_description="Jwt is expired"',
  });
};

export const nginx: Scenario = ({ res }) =>
  text(
    res,
    401,
    "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n",
    {
      server: "nginx/1.25.3",
      "content-type": "text/html",
      "www-authenticate": 'Basic realm="Restricted"',
    },
  );

export const azureApim: Scenario = ({ req, res, url, isGood }) => {
  // APIM reads the subscription key from its header or from ?subscription-key=.
  const key =
    header(req, "ocp-apim-subscription-key") ??
    url.searchParams.get("subscription-key") ??
    undefined;
  const headers = { "apim-request-id": "3f1e5c2a-aaaa-bbbb-cccc-ddddeeeeffff" };
  if (key === undefined) {
    return json(
      res,
      401,
      {
        statusCode: 401,
        message:
          "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.",
      },
      headers,
    );
  }
  if (isGood(key)) return json(res, 200, { ok: true }, headers);
  return json(
    res,
    401,
    {
      statusCode: 401,
      message:
        "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.",
    },
    headers,
  );
};

export const cloudflareAccess: Scenario = ({ res }) =>
  redirect(
    res,
    302,
    "https://example-team.cloudflareaccess.com/cdn-cgi/access/login/api.example.com?kid=0123abcd&redirect_url=%2Fv1%2Fmodels&meta=eyJhbGciOiJIUzI1NiJ9.e30.sig",
    {
      "cf-ray": "8a1b2c3d4e5f6789-AMS",
      server: "cloudflare",
    },
  );

export const redirectCrossOrigin: Scenario = ({ res, url }) =>
  redirect(
    res,
    301,
    `https://api.example.net${url.pathname.replace(/^\/redirect\/cross-origin/, "") || "/"}?token=should-not-appear`,
  );

export const redirectHttps: Scenario = ({ res, url, origin }) =>
  redirect(res, 301, `${origin.replace(/^http:/, "https:")}${url.pathname}`);

export const redirectInternal: Scenario = ({ res }) =>
  redirect(res, 302, "http://169.254.169.254/latest/meta-data/iam/security-credentials/");

export const redirectLoop: Scenario = ({ res, url }) => redirect(res, 302, url.pathname);

export const forbidden: Scenario = ({ res, creds }) => {
  if (creds.length === 0)
    return json(res, 401, { error: "unauthorized" }, { "www-authenticate": 'Bearer realm="api"' });
  return json(
    res,
    403,
    { error: "insufficient_scope", message: "This key is not allowed to read this resource." },
    {
      "www-authenticate": 'Bearer realm="api", error="insufficient_scope", scope="models:read"',
    },
  );
};

export const proxyAuth: Scenario = ({ res }) =>
  text(res, 407, "Proxy Authentication Required", {
    "proxy-authenticate": 'Basic realm="corp-proxy"',
    via: "1.1 corp-proxy (squid/6.6)",
    server: "squid/6.6",
  });

export const rateLimited: Scenario = ({ res, creds }) => {
  if (creds.length === 0)
    return json(res, 401, { error: { message: "Missing API key", type: "invalid_request_error" } });
  return json(
    res,
    429,
    { error: { message: "Rate limit reached for requests", type: "rate_limit_error" } },
    {
      "retry-after": "30",
      "x-ratelimit-limit-requests": "60",
      "x-ratelimit-remaining-requests": "0",
    },
  );
};

/** AWS API Gateway with a usage plan's API key: it reads x-api-key and nothing else. */
export const awsApiKey: Scenario = ({ req, res, isGood }) => {
  const key = header(req, "x-api-key");
  if (key !== undefined && isGood(key)) {
    return json(
      res,
      200,
      { items: [] },
      { "x-amzn-requestid": "7d2f1c3e-aaaa-4bbb-8ccc-0123456789ab" },
    );
  }
  return json(
    res,
    403,
    { message: "Forbidden" },
    {
      "x-amzn-requestid": "7d2f1c3e-aaaa-4bbb-8ccc-0123456789ab",
      "x-amzn-errortype": "ForbiddenException",
      "x-amz-apigw-id": "Zx9YwVuTsRqPoN=",
    },
  );
};

/** Google's ESP in front of a Cloud Run or GKE backend: an API key in x-api-key or ?key=. */
export const googleEsp: Scenario = ({ req, res, url, isGood }) => {
  const key = header(req, "x-api-key") ?? url.searchParams.get("key") ?? undefined;
  if (key === undefined) {
    return json(res, 401, {
      code: 16,
      message:
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    });
  }
  if (isGood(key)) return json(res, 200, { shelves: [] });
  return json(res, 400, {
    code: 3,
    message: "API key not valid. Please pass a valid API key.",
  });
};

/**
 * nginx in front of an app that reads an `api-token` header (a WSGI app sees `api_token`
 * and `api-token` alike): nginx drops header names with an underscore before the app sees
 * them (underscores_in_headers off, its default).
 */
export const nginxUnderscore: Scenario = ({ req, res, isGood }) => {
  const names = new Set<string>();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] ?? "").toLowerCase();
    if (!name.includes("_")) names.add(name);
  }
  const key = names.has("api-token") ? header(req, "api-token") : undefined;
  const headers = { server: "nginx/1.24.0" };
  if (key === undefined) return json(res, 401, { detail: "Missing api token" }, headers);
  if (isGood(key)) return json(res, 200, { ok: true }, headers);
  return json(res, 401, { detail: "Invalid api token" }, headers);
};
