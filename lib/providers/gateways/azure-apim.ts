import {
  body,
  clip,
  type Fingerprint,
  header,
  jsonString,
  realm,
  type Signal,
  signalsOf,
} from "./fingerprint";
import type { Gateway } from "./gateway";

// APIM's own gateway answers are `{ "statusCode": 401, "message": "…" }`; Azure OpenAI's
// (which also carry apim-request-id) nest an `error` object instead.
const APIM_MESSAGES =
  /Access denied due to (missing|invalid) subscription key|Unauthorized\. Access token is missing or invalid|Invalid JWT|JWT not present|Rate limit is exceeded|Out of call volume quota/i;

const ID = "azure-apim";

const signals = signalsOf(ID);

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const challenge = ctx.challenges.find((c) => c.scheme.toLowerCase() === "azureapimanagementkey");
  if (challenge) {
    out.push(
      signals.own(
        0.85,
        realm(challenge.scheme, challenge.params.realm ?? ""),
        "WWW-Authenticate: AzureApiManagementKey",
      ),
    );
  }
  const message = jsonString(ctx, "message");
  if (typeof ctx.json?.statusCode === "number" && message !== undefined) {
    if (APIM_MESSAGES.test(message)) {
      out.push(signals.own(0.8, body("message", clip(message)), `body: ${clip(message)}`));
    } else {
      out.push(
        signals.own(
          0.3,
          body("shape", "{ statusCode, message }"),
          "body shape { statusCode, message }",
        ),
      );
    }
  }
  const ocp = Object.keys(ctx.headers).filter((h) => h.startsWith("ocp-apim-"));
  if (ocp.length > 0) out.push(signals.presence(0.4, header(ocp.join(", ")), ocp.join(", ")));
  if (ctx.headers["apim-request-id"] !== undefined) {
    out.push(signals.presence(0.2, header("apim-request-id"), "apim-request-id"));
  }
  return out;
};

export const azureApim: Gateway = {
  id: ID,
  name: "Azure API Management",
  sentenceName: "Azure API Management",
  isGateway: true,
  detect,
  placements: [
    { placement: "header", name: "Ocp-Apim-Subscription-Key" },
    { placement: "query", name: "subscription-key" },
  ],
  fix: "Azure API Management wants a subscription key in Ocp-Apim-Subscription-Key (or ?subscription-key=), from the APIM developer portal; that is not the backend's key.",
};
