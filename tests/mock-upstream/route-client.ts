import { POST } from "@/app/api/diagnose/route";
import { resetRateLimitCounterForTests } from "@/lib/api/rate-limit-instance";
import { resetConfigForTests } from "@/lib/config";

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
export function useEnv(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetConfigForTests();
  resetRateLimitCounterForTests();
}
