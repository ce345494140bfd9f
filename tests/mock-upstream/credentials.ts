import type { IncomingMessage } from "node:http";

/** The credential a request carries, wherever it is (what a real API would read). */
export interface SeenCredential {
  where: "bearer" | "authorization" | "basic" | "header" | "query";
  name?: string;
  value: string;
}

const KEY_HEADERS = [
  "x-api-key",
  "api-key",
  "apikey",
  "x-goog-api-key",
  "ocp-apim-subscription-key",
  "private-token",
];

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function credentials(req: IncomingMessage, url: URL): SeenCredential[] {
  const seen: SeenCredential[] = [];
  const authorization = header(req, "authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer\s+(.*)$/i.exec(authorization);
    const basic = /^Basic\s+(.*)$/i.exec(authorization);
    if (bearer) seen.push({ where: "bearer", value: bearer[1] ?? "" });
    else if (basic) {
      const decoded = Buffer.from(basic[1] ?? "", "base64").toString("utf8");
      const user = decoded.split(":")[0] ?? "";
      seen.push({ where: "basic", value: user });
      seen.push({ where: "basic", value: decoded.slice(user.length + 1) });
    } else seen.push({ where: "authorization", value: authorization });
  }
  for (const name of KEY_HEADERS) {
    const value = header(req, name);
    if (value !== undefined) seen.push({ where: "header", name, value });
  }
  for (const name of ["key", "api_key", "apikey", "token"]) {
    const value = url.searchParams.get(name);
    if (value !== null) seen.push({ where: "query", name, value });
  }
  return seen;
}

/** OpenAI-style partial echo: first 6, a mask, last 4 ("sk-pro***abcd"). */
export function maskLikeOpenAI(key: string): string {
  return `${key.slice(0, 6)}${"*".repeat(Math.max(3, key.length - 10))}${key.slice(-4)}`;
}
