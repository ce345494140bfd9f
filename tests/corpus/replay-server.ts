import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { header } from "../mock-upstream/credentials";
import { hang } from "../mock-upstream/faulty";
import { text } from "../mock-upstream/respond";
import { closedPortUrl } from "../mock-upstream/server";
import type { Answer, Case, Read } from "./schema";

/**
 * One real HTTP server on 127.0.0.1 per corpus case, answering as the thread's server did
 * (the rules are in tests/corpus/README.md). It keeps, per request, only which answer it
 * gave: never a header value, since those carry the (fake) key.
 */

export type AnswerName = "any" | "asSent" | "noKey" | "ok" | "wrongKey";

export interface Replay {
  /** http://127.0.0.1:<port>, or a closed port / a server that never answers. */
  origin: string;
  answered(): AnswerName[];
  close(): Promise<void>;
}

const DEFAULT_OK: Answer = { status: 200, headers: {}, body: '{"ok":true}', inferred: true };

/** What the user's own request carried where the user put it, byte for byte. */
function carriesKeyAsSent(c: Case, req: IncomingMessage, url: URL): boolean {
  const { key, auth } = c.request;
  switch (auth.placement) {
    case "bearer":
      return header(req, "authorization") === `Bearer ${key}`;
    case "authorization":
      return header(req, "authorization") === key;
    case "basic": {
      // A key without ":" is the user name, as why401 sends it.
      const pair = key.includes(":") ? key : `${key}:`;
      return header(req, "authorization") === `Basic ${Buffer.from(pair).toString("base64")}`;
    }
    case "header":
      return header(req, (auth.name ?? "").toLowerCase()) === key;
    case "query":
      return url.searchParams.get(auth.name ?? "") === key;
  }
}

/** The credential where the server reads one, in `reads` order; undefined when none is there. */
export function readCredential(reads: Read[], req: IncomingMessage, url: URL): string | undefined {
  for (const read of reads) {
    const raw =
      read.in === "query" ? url.searchParams.get(read.name) : header(req, read.name.toLowerCase());
    if (raw === null || raw === undefined) continue;
    let value: string | undefined = raw;
    if (read.scheme) {
      const match = /^(\S+)\s+(.*)$/s.exec(raw);
      value = match && match[1]?.toLowerCase() === read.scheme.toLowerCase() ? match[2] : undefined;
      if (value !== undefined && read.scheme.toLowerCase() === "basic") {
        const decoded = Buffer.from(value, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        const user = colon < 0 ? decoded : decoded.slice(0, colon);
        value = read.basicPart === "user" ? user : colon < 0 ? "" : decoded.slice(colon + 1);
      }
    }
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}

/** Which answer a request gets: any, asSent, then by the credential where the server reads. */
export function chooseAnswer(
  c: Case,
  req: IncomingMessage,
  url: URL,
): { name: AnswerName; answer: Answer } {
  const { answers, goodKey, reads } = c.server;
  if (answers.any) return { name: "any", answer: answers.any };
  if (answers.asSent && carriesKeyAsSent(c, req, url)) {
    return { name: "asSent", answer: answers.asSent };
  }
  const noKey = answers.noKey ?? DEFAULT_OK; // the schema requires noKey when any is absent
  const credential = readCredential(reads, req, url);
  if (credential === undefined) return { name: "noKey", answer: noKey };
  if (goodKey !== null && credential === goodKey) {
    return { name: "ok", answer: answers.ok ?? DEFAULT_OK };
  }
  return { name: "wrongKey", answer: answers.wrongKey ?? noKey };
}

function write(res: ServerResponse, answer: Answer): void {
  const noBody = answer.status === 204 || answer.status === 304;
  const looksJson = /^\s*[[{]/.test(answer.body);
  text(res, answer.status, noBody ? "" : answer.body, {
    ...(looksJson ? { "content-type": "application/json" } : {}),
    ...answer.headers,
  });
}

export async function startReplay(c: Case): Promise<Replay> {
  if (c.server.unreachable === "refused") {
    const origin = new URL(await closedPortUrl()).origin;
    return { origin, answered: () => [], close: async () => {} };
  }
  const answered: AnswerName[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    res.on("error", () => {});
    req.resume();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (c.server.unreachable === "timeout") {
      return hang({ req, res, url, creds: [], isGood: () => false, origin: "" });
    }
    const { name, answer } = chooseAnswer(c, req, url);
    answered.push(name);
    write(res, answer);
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    answered: () => [...answered],
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
