/**
 * Reads at most `maxBytes` of a request body (a declared Content-Length over the cap is
 * refused before reading). The bytes may hold a key: callers parse them and drop them;
 * they are never stored.
 */
interface CappedBody {
  bytes: Uint8Array;
  /** Bytes received, or the declared length when it was too large to read. */
  size: number;
  truncated: boolean;
}

export async function readBodyCapped(
  request: Request,
  maxBytes: number,
): Promise<CappedBody | null> {
  if (!request.body) return null;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body.cancel().catch(() => {});
    return { bytes: new Uint8Array(0), size: declared, truncated: true };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { bytes: Buffer.concat(chunks, size - value.byteLength), size, truncated: true };
    }
    chunks.push(value);
  }
  if (size === 0 && !request.headers.has("content-length") && !request.headers.has("content-type"))
    return null;
  return { bytes: Buffer.concat(chunks, size), size, truncated: false };
}
