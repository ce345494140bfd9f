import { afterAll, beforeAll, beforeEach } from "vitest";
import { POST } from "@/app/api/diagnose/route";
import { resetRateLimitCounterForTests } from "@/lib/api/rate-limit-instance";
import { resetConfigForTests } from "@/lib/config";
import { type MockUpstream, startMockUpstream } from "./server";

/** A parsed answer; tests assert on it field by field. */
// biome-ignore lint/suspicious/noExplicitAny: JSON of several shapes (report, error, lines)
export type Json = any;

/** Calls the real route handler, as Next would, and reads the answer. */
export async function callDiagnose(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; text: string; json: Json }> {
  const request = new Request("http://why401.test/api/diagnose", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await POST(request);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Sets configuration variables for the next requests (and clears counters). */
export function setTestEnv(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetConfigForTests();
  resetRateLimitCounterForTests();
}

/**
 * Starts the mock upstream for a test file and opens the route to it: private targets
 * allowed (it listens on loopback), rate limits off, no host allow-list.
 */
export async function openRouteToMockUpstream(): Promise<MockUpstream> {
  const upstream = await startMockUpstream();
  setTestEnv({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_ALLOWED_HOSTS: undefined,
  });
  return upstream;
}

/**
 * Registers, in the calling test file, a mock upstream behind the real guard: private
 * targets refused, rate limits off, no host allow-list, re-applied (and the upstream's
 * counters cleared) before each test. The returned handle follows the running server.
 */
export function guardedMockUpstreamPerFile(): MockUpstream {
  let current: MockUpstream | undefined;
  const get = (): MockUpstream => {
    if (!current) throw new Error("mock upstream not started (use it inside a test)");
    return current;
  };
  beforeAll(async () => {
    current = await startMockUpstream();
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(() => {
    setTestEnv({
      WHY401_ALLOW_PRIVATE_TARGETS: "0",
      WHY401_RATE_LIMIT_PER_MINUTE: "0",
      WHY401_ALLOWED_HOSTS: undefined,
    });
    get().reset();
  });
  return {
    get url() {
      return get().url;
    },
    get port() {
      return get().port;
    },
    close: () => get().close(),
    connections: () => get().connections(),
    requests: () => get().requests(),
    reset: () => get().reset(),
  };
}

/** Every 6-character window of a key: none may survive redaction. */
export function keyFragments(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= key.length; i++) out.push(key.slice(i, i + 6));
  return out;
}
