const VALUES = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  // JWTs use base64url, but tokens hand-made with base64 still decode.
  table[0x2b] = 62;
  table[0x2f] = 63;
  return table;
})();

/** Decodes base64url (padding optional) into bytes; undefined for anything else. */
export function decodeBase64Url(s: string, start: number, end: number): Uint8Array | undefined {
  let stop = end;
  while (stop > start && s.charCodeAt(stop - 1) === 0x3d) stop--;
  const length = stop - start;
  if (length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = start; i < stop; i++) {
    const code = s.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
