import "server-only";
import { ApiError } from "@/lib/api/errors";
import { normalizeHost } from "@/lib/providers";
import { isAddressAllowed, isIpLiteral } from "./address-policy";

/**
 * The first gate for a user-steered URL: scheme, user-info, host names and the optional
 * allow-list. Addresses are judged again at connect time (agent.ts) for every connection;
 * this check only lets us refuse early, before any socket exists.
 */

interface TargetPolicy {
  allowPrivate: boolean;
  /** Lower-case host names or `*.suffix` patterns, optionally with `:port`. */
  allowedHosts?: string[];
}

/** One message for every refusal, so an answer never tells which rule (or which address) matched. */
export const TARGET_NOT_ALLOWED_MESSAGE =
  "This endpoint is not allowed: why401 only sends test requests to public http(s) URLs.";

export function targetNotAllowed(): ApiError {
  return new ApiError("target_not_allowed", TARGET_NOT_ALLOWED_MESSAGE);
}

type TargetCheck = { ok: true; url: URL } | { ok: false };

/** Names that resolve to the machine itself or to a cloud metadata service. */
function isDeniedName(hostname: string, allowPrivate: boolean): boolean {
  if (hostname === "metadata" || hostname === "instance-data") return true;
  if (hostname === "metadata.google.internal") return true;
  if (allowPrivate) return false;
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname.endsWith(".internal") ||
    hostname.endsWith(".local") ||
    !hostname.includes(".")
  );
}

function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === "https:" ? "443" : "80";
}

function matchesAllowList(url: URL, allowedHosts: string[]): boolean {
  return allowedHosts.some((entry) => {
    const [pattern = "", port] = entry.split(":");
    if (port !== undefined && port !== effectivePort(url)) return false;
    if (pattern.startsWith("*.")) return url.hostname.endsWith(pattern.slice(1));
    return url.hostname === pattern;
  });
}

/** Parses and checks the endpoint once; the returned URL is the one every probe uses. */
export function checkTarget(endpoint: string, policy: TargetPolicy): TargetCheck {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false };
  if (url.username !== "" || url.password !== "") return { ok: false };
  // The URL parser accepts port 0, which no server listens on: refuse, do not "connect".
  if (url.port === "0") return { ok: false };
  const hostname = normalizeHost(url.hostname);
  if (hostname === "") return { ok: false };
  url.hostname = hostname;
  url.hash = "";
  if (policy.allowedHosts && !matchesAllowList(url, policy.allowedHosts)) return { ok: false };
  if (isIpLiteral(hostname)) {
    return isAddressAllowed(hostname, policy.allowPrivate) ? { ok: true, url } : { ok: false };
  }
  if (isDeniedName(hostname, policy.allowPrivate)) return { ok: false };
  return { ok: true, url };
}
