import "server-only";
import { lookup } from "node:dns/promises";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Injectable so tests can script DNS answers. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * Shares one in-flight lookup per name between callers (the pre-check and the probes'
 * connections of one diagnosis). The system resolver blocks a libuv thread per call; a
 * name whose DNS never answers would otherwise hold up to 9 of them for each diagnosis.
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
