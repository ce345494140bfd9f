import { clip, type Fingerprint, jsonString, type Signal, signal } from "./context";

// APIM's own gateway answers are `{ "statusCode": 401, "message": "…" }`; Azure OpenAI's
// (which also carry apim-request-id) nest an `error` object instead.
const APIM_MESSAGES =
  /Access denied due to (missing|invalid) subscription key|Unauthorized\. Access token is missing or invalid|Invalid JWT|JWT not present|Rate limit is exceeded|Out of call volume quota/i;

export const azureApim: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  if (ctx.challenges.some((c) => c.scheme.toLowerCase() === "azureapimanagementkey")) {
    out.push(signal("azure-apim", "own", 0.85, "WWW-Authenticate: AzureApiManagementKey"));
  }
  const message = jsonString(ctx, "message");
  if (typeof ctx.json?.statusCode === "number" && message !== undefined) {
    if (APIM_MESSAGES.test(message)) {
      out.push(signal("azure-apim", "own", 0.8, `body: ${clip(message)}`));
    } else {
      out.push(signal("azure-apim", "own", 0.3, "body shape { statusCode, message }"));
    }
  }
  const ocp = Object.keys(ctx.headers).filter((h) => h.startsWith("ocp-apim-"));
  if (ocp.length > 0) out.push(signal("azure-apim", "presence", 0.4, ocp.join(", ")));
  if (ctx.headers["apim-request-id"] !== undefined) {
    out.push(signal("azure-apim", "presence", 0.2, "apim-request-id"));
  }
  return out;
};
