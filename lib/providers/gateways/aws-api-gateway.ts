import {
  body,
  clip,
  type Fingerprint,
  header,
  jsonString,
  type Signal,
  signalsOf,
} from "./fingerprint";
import type { Gateway } from "./gateway";

// Gateway responses API Gateway writes itself (missing route, authorizer, IAM signature).
const AWS_MESSAGES: [RegExp, number][] = [
  [/^Missing Authentication Token$/i, 0.7],
  [/User is not authorized to access this resource/i, 0.7],
  [/^Invalid key=value pair \(missing equal-sign\) in Authorization header/i, 0.75],
  [/^Authorization header requires '(Credential|Signature|SignedHeaders)' parameter/i, 0.75],
  [/^The security token included in the request is (invalid|expired)/i, 0.5],
  [/^The request signature we calculated does not match/i, 0.5],
  [/^Unauthorized$/i, 0.25],
  [/^Forbidden$/i, 0.25],
];

const ID = "aws-api-gateway";

const signals = signalsOf(ID);

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const errorType = ctx.headers["x-amzn-errortype"];
  if (errorType !== undefined) {
    out.push(
      signals.own(0.6, header("x-amzn-errortype", errorType), `x-amzn-errortype: ${errorType}`),
    );
  }
  if (ctx.headers["x-amz-apigw-id"] !== undefined) {
    out.push(signals.presence(0.4, header("x-amz-apigw-id"), "x-amz-apigw-id"));
  }
  if (ctx.headers["apigw-requestid"] !== undefined) {
    out.push(signals.presence(0.4, header("apigw-requestid"), "apigw-requestid (HTTP API)"));
  }
  if (ctx.headers["x-amzn-requestid"] !== undefined) {
    out.push(signals.presence(0.15, header("x-amzn-requestid"), "x-amzn-requestid"));
  }
  const field = jsonString(ctx, "message") !== undefined ? "message" : "Message";
  const message = jsonString(ctx, field);
  if (message !== undefined) {
    const hit = AWS_MESSAGES.find(([re]) => re.test(message.trim()));
    // Bare "Unauthorized"/"Forbidden" are everyone's words: they only count beside AWS headers.
    if (hit && (hit[1] > 0.3 || out.length > 0)) {
      out.push(signals.own(hit[1], body(field, clip(message)), `body: ${clip(message)}`));
    }
  }
  return out;
};

export const awsApiGateway: Gateway = {
  id: ID,
  name: "AWS API Gateway",
  sentenceName: "AWS API Gateway",
  isGateway: true,
  detect,
  // An API key of a usage plan; IAM (SigV4) and authorizer tokens are not one key in one place.
  placements: [{ placement: "header", name: "x-api-key" }],
  fix: "API Gateway checks before your backend: an API key goes in x-api-key and must be in a usage plan for this stage; IAM auth needs a SigV4 signature; a Lambda or Cognito authorizer needs its own token.",
};
