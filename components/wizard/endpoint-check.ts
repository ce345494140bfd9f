import { hostOf } from "./wizard-state";

type EndpointProblem =
  | { kind: "userinfo"; withoutUserinfo: string; secret: string }
  | { kind: "scheme"; suggestion: string }
  | { kind: "invalid" };

/** What is wrong with the endpoint as typed, early and in words; undefined when it is usable. */
export function endpointProblem(value: string): EndpointProblem | undefined {
  const url = value.trim();
  if (!url) return undefined;
  if (!/^https?:\/\//i.test(url)) {
    // "api.example.com/v1" is a URL without its scheme: offer the scheme rather than refuse.
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]|$)/i.test(url) && !/\s/.test(url)) {
      return { kind: "scheme", suggestion: `https://${url}` };
    }
    return { kind: "invalid" };
  }
  if (hostOf(url) === undefined) return { kind: "invalid" };
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    parsed.username = "";
    parsed.password = "";
    return {
      kind: "userinfo",
      withoutUserinfo: parsed.toString(),
      secret: password ? `${user}:${password}` : user,
    };
  }
  return undefined;
}
