import { createSocket } from "node:dgram";
import { isIPv4 } from "node:net";

/**
 * A tiny DNS server on 127.0.0.1 for tests: answers A queries for the names it is given,
 * NXDOMAIN for names it does not know, and never answers names in `silent` (a DNS that
 * hangs). Only what c-ares sends for resolve4/resolve6 is understood.
 */
export interface TestDns {
  server: string;
  /** Queries received per name. */
  queries(name: string): number;
  close(): Promise<void>;
}

function readName(msg: Buffer, start: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = start;
  for (;;) {
    const length = msg[at] ?? 0;
    if (length === 0) return { name: labels.join(".").toLowerCase(), end: at + 1 };
    labels.push(msg.subarray(at + 1, at + 1 + length).toString("ascii"));
    at += 1 + length;
  }
}

export async function startTestDns(options: {
  answers: Record<string, string>;
  silent: string[];
}): Promise<TestDns> {
  const socket = createSocket("udp4");
  const counts = new Map<string, number>();
  socket.on("message", (msg, peer) => {
    if (msg.length < 17) return;
    const { name, end } = readName(msg, 12);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (options.silent.includes(name)) return; // read, never answer
    const qtype = msg.readUInt16BE(end);
    const question = msg.subarray(12, end + 4);
    const address = options.answers[name];
    const answer =
      address && qtype === 1 && isIPv4(address)
        ? Buffer.concat([
            Buffer.from([0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01, 0, 0, 0, 0, 0x00, 0x04]),
            Buffer.from(address.split(".").map(Number)),
          ])
        : Buffer.alloc(0);
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2); // id
    const rcode = address ? 0 : 3; // known name (maybe no record of this type) or NXDOMAIN
    header.writeUInt16BE(0x8180 | rcode, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answer.length > 0 ? 1 : 0, 6);
    socket.send(Buffer.concat([header, question, answer]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    queries: (name) => counts.get(name) ?? 0,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
