import { clip, type Fingerprint, jsonString, type Signal, signal } from "./context";

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

export const aws: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const errorType = ctx.headers["x-amzn-errortype"];
  if (errorType !== undefined) {
    out.push(signal("aws-api-gateway", "own", 0.6, `x-amzn-errortype: ${errorType}`));
  }
  if (ctx.headers["x-amz-apigw-id"] !== undefined) {
    out.push(signal("aws-api-gateway", "presence", 0.4, "x-amz-apigw-id"));
  }
  if (ctx.headers["apigw-requestid"] !== undefined) {
    out.push(signal("aws-api-gateway", "presence", 0.4, "apigw-requestid (HTTP API)"));
  }
  if (ctx.headers["x-amzn-requestid"] !== undefined) {
    out.push(signal("aws-api-gateway", "presence", 0.15, "x-amzn-requestid"));
  }
  const message = jsonString(ctx, "message") ?? jsonString(ctx, "Message");
  if (message !== undefined) {
    const hit = AWS_MESSAGES.find(([re]) => re.test(message.trim()));
    // Bare "Unauthorized"/"Forbidden" are everyone's words: they only count beside AWS headers.
    if (hit && (hit[1] > 0.3 || out.length > 0)) {
      out.push(signal("aws-api-gateway", "own", hit[1], `body: ${clip(message)}`));
    }
  }
  return out;
};
