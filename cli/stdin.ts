/** A key piped in on standard input. One trailing newline is what `echo` adds: dropped. */

const MAX_KEY_BYTES = 16 * 1024;

type StdinKey = { ok: true; value: string } | { ok: false; message: string };

export async function readKeyFromStdin(
  stdin: NodeJS.ReadStream & { isTTY?: boolean },
): Promise<StdinKey> {
  if (stdin.isTTY) {
    return {
      ok: false,
      message:
        '--key-stdin reads a pipe, not the terminal: printf %s "$KEY" | why401 <endpoint> --key-stdin',
    };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > MAX_KEY_BYTES)
      return { ok: false, message: "standard input holds more than 16 KB: that is not a key" };
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return { ok: true, value: text.replace(/\r?\n$/, "") };
}
