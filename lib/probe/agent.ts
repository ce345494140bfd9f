import "server-only";
import type { LookupAddress, LookupOptions } from "node:dns";
import { isIP } from "node:net";
import { Agent, buildConnector } from "undici";
import { isAddressAllowed, isIpLiteral } from "./address-policy";
import { dnsResolverFor, type Resolver } from "./resolver";

/** Thrown inside the connect step when an address is refused; never carries the address. */
class TargetBlockedError extends Error {
  readonly code = "WHY401_TARGET_BLOCKED";
  constructor() {
    super("target address not allowed");
    this.name = "TargetBlockedError";
  }
}

interface GuardedAgentOptions {
  allowPrivate: boolean;
  resolve?: Resolver;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function dnsError(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
  error.code = "ENOTFOUND";
  return error;
}

/**
 * True when the connect step must refuse this host as an IP literal. Node skips `lookup`
 * for anything net.isIP accepts, so whatever Node calls a literal (any spelling, a zone id)
 * is judged here, and one our parser cannot read is refused. Names go on to `lookup`.
 */
export function isRefusedLiteral(hostname: string, allowPrivate: boolean): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host) === 0 && !isIpLiteral(host)) return false;
  return !isAddressAllowed(host, allowPrivate);
}

/**
 * An undici Agent that judges every address at connect time, for every connection:
 * IP literals here (Node never calls `lookup` for them), names through a lookup that
 * resolves all answers and refuses the connection if any one of them is not allowed.
 * Because the check runs per connection, a name that rebinds between our pre-check and
 * the connect (or between two probes) is still caught.
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const resolve = options.resolve ?? dnsResolverFor(undefined);

  const lookup = (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (answers) => {
        const first = answers[0];
        if (!first) return callback(dnsError(hostname), "");
        if (answers.some((a) => !isAddressAllowed(a.address, options.allowPrivate))) {
          return callback(new TargetBlockedError(), "");
        }
        if (lookupOptions.all) return callback(null, answers);
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };

  const connector = buildConnector({ timeout: options.connectTimeoutMs, lookup });

  return new Agent({
    connect(connectOptions, callback) {
      if (isRefusedLiteral(connectOptions.hostname, options.allowPrivate)) {
        callback(new TargetBlockedError(), null);
        return;
      }
      connector(connectOptions, callback);
    },
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.bodyTimeoutMs,
    // Node's default; a larger header section is evidence ("too large"), not something to buffer.
    maxHeaderSize: 16 * 1024,
    keepAliveTimeout: 1_000,
  });
}
