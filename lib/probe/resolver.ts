import "server-only";
import { Resolver as DnsResolver } from "node:dns/promises";

interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Injectable so tests can script DNS answers. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

interface DnsResolverOptions {
  /** `ip` or `ip:port` entries; the system's configured servers when absent. */
  servers?: string[];
  /** Per query and try. */
  timeoutMs: number;
  tries: number;
}

const DEFAULT_DNS = { timeoutMs: 1_500, tries: 2 } as const;

function dnsFailure(code: "ENOTFOUND" | "EAI_AGAIN", hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
  error.code = code;
  return error;
}

/** RFC 6761: `localhost` and its subdomains are the loopback addresses, never asked of DNS. */
function isLocalhostName(hostname: string): boolean {
  return hostname === "localhost" || hostname.endsWith(".localhost");
}

/**
 * A resolver that asks DNS servers directly (c-ares, no worker thread) with its own
 * timeout and tries, so a name whose DNS never answers costs one pending query and a
 * bounded wait, not a thread every other diagnosis needs. A and AAAA are asked together
 * and every answer is returned, for the connect step to judge each one.
 *
 * Unlike the system resolver it does not read /etc/hosts: `localhost` is answered here
 * (the target guard refuses that name unless private targets are allowed) and any other
 * local name must be in DNS.
 */
export function createDnsResolver(options: DnsResolverOptions): Resolver {
  const dns = new DnsResolver({ timeout: options.timeoutMs, tries: options.tries });
  if (options.servers && options.servers.length > 0) dns.setServers(options.servers);
  return async (hostname) => {
    if (isLocalhostName(hostname)) {
      return [
        { address: "127.0.0.1", family: 4 },
        { address: "::1", family: 6 },
      ];
    }
    const [v4, v6] = await Promise.allSettled([dns.resolve4(hostname), dns.resolve6(hostname)]);
    const answers: ResolvedAddress[] = [
      ...(v4.status === "fulfilled"
        ? v4.value.map((a) => ({ address: a, family: 4 as const }))
        : []),
      ...(v6.status === "fulfilled"
        ? v6.value.map((a) => ({ address: a, family: 6 as const }))
        : []),
    ];
    if (answers.length > 0) return answers;
    // "No such name" and "no address" read as such; anything else (timeout, SERVFAIL, a
    // refused query) is a DNS that did not answer. Never ECONNREFUSED: that would read as
    // the target refusing the connection.
    const codes = [v4, v6].map((r) =>
      r.status === "rejected" ? (r.reason as NodeJS.ErrnoException).code : "ENODATA",
    );
    const missing = codes.every((c) => c === "ENOTFOUND" || c === "ENODATA");
    throw dnsFailure(missing ? "ENOTFOUND" : "EAI_AGAIN", hostname);
  };
}

const cached = new Map<string, Resolver>();

/** One resolver per server list for the process (c-ares channels are reused). */
export function dnsResolverFor(servers: string[] | undefined): Resolver {
  const key = (servers ?? []).join(",");
  let resolver = cached.get(key);
  if (!resolver) {
    resolver = createDnsResolver({ servers, ...DEFAULT_DNS });
    cached.set(key, resolver);
  }
  return resolver;
}

/**
 * Shares one in-flight lookup per name between callers (the pre-check and the probes'
 * connections of one diagnosis), so one diagnosis asks for a name once at a time.
 * Answers are not cached: a lookup that starts after the last one settled asks again, so
 * every connection is still judged on fresh answers.
 */
export function sharedInFlight(resolve: Resolver): Resolver {
  const inFlight = new Map<string, Promise<ResolvedAddress[]>>();
  return (hostname) => {
    const pending = inFlight.get(hostname);
    if (pending) return pending;
    const started = resolve(hostname).finally(() => inFlight.delete(hostname));
    inFlight.set(hostname, started);
    return started;
  };
}
