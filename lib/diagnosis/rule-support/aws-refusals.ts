import type { ProbeResponse } from "../evidence";

/**
 * The two AWS refusals that are not about the key's value. API Gateway says "Missing
 * Authentication Token" for a path, method or stage that does not exist as often as for
 * an unsigned IAM request; "IncompleteSignature" means an Authorization header that is not
 * a SigV4 signature (a plain Bearer key sent to an IAM-protected route).
 */
type AwsRefusal = "missing_token" | "incomplete_signature";

const MISSING_TOKEN_BODY = /^\s*\{\s*"message"\s*:\s*"Missing Authentication Token"\s*\}\s*$/i;
const INCOMPLETE_SIGNATURE_BODY =
  /IncompleteSignature|Authorization header requires '(Credential|Signature|SignedHeaders)' parameter|Invalid key=value pair \(missing equal-sign\) in Authorization header/i;

export function awsRefusal(res: ProbeResponse): AwsRefusal | undefined {
  const errorType = res.headers["x-amzn-errortype"] ?? "";
  if (/IncompleteSignature/i.test(errorType) || INCOMPLETE_SIGNATURE_BODY.test(res.bodyExcerpt)) {
    return "incomplete_signature";
  }
  if (/MissingAuthenticationToken/i.test(errorType) || MISSING_TOKEN_BODY.test(res.bodyExcerpt)) {
    return "missing_token";
  }
  return undefined;
}
