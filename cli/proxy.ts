import { Agent, type Dispatcher, EnvHttpProxyAgent } from "undici";
import type { Deadlines } from "@/lib/probe/deadlines";
import type { Env } from "./sources";

/**
 * The route a request from this environment takes, decided as undici's EnvHttpProxyAgent
 * (and curl) decide it: lower-case variables first, HTTPS_PROXY for https (falling back to
 * HTTP_PROXY, as undici does), and NO_PROXY by host suffix and optional port, `*` for all.
 * undici keeps that decision private, so it is made here too: the report must say whether
 * a proxy was in the way, and the direct probes only make sense when one was.
 */

export interface ProxyRoute {
  /** The proxy URL as configured (may hold its own password: never print it whole). */
  url: string;
  /** host:port of the proxy, safe to show. */
  host: string;
  variable: string;
  /** The target's scheme: https is tunnelled, http forwarded. */
  protocol: "http:" | "https:";
}

function pick(env: Env, ...names: string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name];
    if (value) return { name, value };
  }
  return undefined;
}

function bypassed(url: URL, env: Env): boolean {
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? "";
  if (noProxy.trim() === "*") return true;
  const host = url.hostname.toLowerCase();
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  return noProxy
    .split(/[,\s]/)
    .filter(Boolean)
    .some((entry) => {
      const parsed = /^(.+):(\d+)$/.exec(entry);
      const name = (parsed ? parsed[1]! : entry).replace(/^\*?\./, "").toLowerCase();
      if (parsed && Number(parsed[2]) !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
}

export function proxyRoute(url: URL, env: Env): ProxyRoute | undefined {
  const http = pick(env, "http_proxy", "HTTP_PROXY");
  const chosen =
    url.protocol === "https:" ? (pick(env, "https_proxy", "HTTPS_PROXY") ?? http) : http;
  if (!chosen || bypassed(url, env)) return undefined;
  let host: string;
  try {
    host = new URL(chosen.value).host;
  } catch {
    return undefined; // undici would refuse it too; the probes then go direct
  }
  const protocol = url.protocol === "https:" ? "https:" : "http:";
  return { url: chosen.value, host, variable: chosen.name, protocol };
}

/**
 * The dispatcher for the proxied route, as curl sends through a proxy: https targets are
 * tunnelled with CONNECT (undici's EnvHttpProxyAgent), plain http targets go to the proxy
 * as forward requests with the absolute URL. The second is done here because undici turns
 * a proxy's 407 on a forward request into an exception, and the 407 with its
 * Proxy-Authenticate challenge is exactly the evidence `proxy_auth_required` needs.
 */
export function proxyDispatcher(route: ProxyRoute, env: Env, deadlines: Deadlines): Dispatcher {
  const timeouts = {
    connect: { timeout: deadlines.connectMs },
    headersTimeout: deadlines.headersMs,
    bodyTimeout: deadlines.bodyMs,
  };
  if (route.protocol === "https:") {
    // route.url is already the proxy an https target takes, checked to parse; the other
    // variable is not passed, as undici would throw on it even though it is never used.
    return new EnvHttpProxyAgent({
      httpProxy: route.url,
      httpsProxy: route.url,
      noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
      ...timeouts,
    });
  }
  return forwardThrough(new URL(route.url), new Agent(timeouts));
}

function headerRecord(headers: Dispatcher.DispatchOptions["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2)
      out[String(headers[i])] = String(headers[i + 1]);
    return out;
  }
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value !== undefined) out[name] = String(value);
  }
  return out;
}

function forwardThrough(proxy: URL, agent: Agent): Dispatcher {
  const login = proxy.username
    ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}`
    : undefined;
  return agent.compose((dispatch) => (options, handler) => {
    const target = new URL(String(options.origin));
    const headers = headerRecord(options.headers);
    headers.host = target.host;
    if (login) headers["proxy-authorization"] = login;
    return dispatch(
      { ...options, origin: proxy.origin, path: `${target.origin}${options.path}`, headers },
      handler,
    );
  });
}
