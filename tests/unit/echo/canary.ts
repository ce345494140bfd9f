import { randomBytes } from "node:crypto";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A unique OpenAI-shaped key per run, so any trace of it in output is a real leak. */
export function canaryKey(prefix = "sk-proj-", length = 48): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join("");
}

/** Every 6-character piece of the key that is not also a piece of its well-known prefix. */
export function fragments(key: string, prefix = "sk-proj-"): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= key.length; i++) {
    const piece = key.slice(i, i + 6);
    if (!prefix.includes(piece)) out.push(piece);
  }
  return out;
}

/** The fragments of `key` found in `text` (empty when none leaked). */
export function leakedFragments(text: string, key: string, prefix = "sk-proj-"): string[] {
  return fragments(key, prefix).filter((f) => text.includes(f));
}
