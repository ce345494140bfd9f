import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { requireStore } from "@/lib/store/require-store";
import { isShareId, SHARE_ID_BYTES, type ShareTtlDays } from "./ids";

/**
 * Shares on the server: ciphertext in, ciphertext out. The server never holds the key
 * (it stays in the link's fragment) and holds only a SHA-256 hash of the delete token.
 */
const DAY_MS = 86_400_000;

interface CreatedShare {
  id: string;
  /** Shown once to the creator; only its hash is stored. */
  deleteToken: string;
  expiresAt: string;
}

export interface StoredShare {
  ciphertext: string;
  iv: string;
  createdAt: string;
  expiresAt: string;
}

/** The one answer for an unknown, malformed, expired or (on delete) wrongly-tokened id. */
function shareNotFound(): ApiError {
  return new ApiError("not_found", "This share link does not exist or has expired.");
}

function hashDeleteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createShare(
  input: { ciphertext: string; iv: string; ttlDays: ShareTtlDays },
  now: number,
  maxTotalBytes?: number,
): Promise<CreatedShare> {
  const id = randomBytes(SHARE_ID_BYTES).toString("base64url");
  const deleteToken = randomBytes(32).toString("base64url");
  const expiresAt = now + input.ttlDays * DAY_MS;
  const store = await requireStore();
  const stored = await store.createShare(
    {
      id,
      ciphertext: input.ciphertext,
      iv: input.iv,
      deleteTokenHash: hashDeleteToken(deleteToken),
      createdAt: now,
      expiresAt,
    },
    maxTotalBytes,
  );
  // The total is bounded (WHY401_SHARE_STORAGE_MB): links keep working, new ones wait
  // until old ones expire.
  if (stored === "full") {
    throw new ApiError(
      "storage_full",
      "This why401 server holds as many share links as it can right now. Try again later, or share the report another way.",
    );
  }
  return { id, deleteToken, expiresAt: new Date(expiresAt).toISOString() };
}

export async function readShare(id: string, now: number): Promise<StoredShare> {
  if (!isShareId(id)) throw shareNotFound();
  const share = await (await requireStore()).getShare(id, now);
  if (!share) throw shareNotFound();
  return {
    ciphertext: share.ciphertext,
    iv: share.iv,
    createdAt: new Date(share.createdAt).toISOString(),
    expiresAt: new Date(share.expiresAt).toISOString(),
  };
}

/**
 * Deletes when the token matches. A wrong token answers exactly like an unknown id
 * (404), so DELETE reveals no more about which ids exist than GET already does.
 */
export async function deleteShare(id: string, deleteToken: string, now: number): Promise<void> {
  if (!isShareId(id)) throw shareNotFound();
  const store = await requireStore();
  const share = await store.getShare(id, now);
  const given = Buffer.from(hashDeleteToken(deleteToken), "hex");
  const stored = Buffer.from(share?.deleteTokenHash ?? "", "hex");
  // Both are 32-byte digests when the share exists; compare in constant time.
  const matches = stored.length === given.length && timingSafeEqual(stored, given);
  if (!share || !matches) throw shareNotFound();
  await store.deleteShare(id);
}

/** `Authorization: Bearer <token>` → the token; a missing or malformed header is a 401. */
export function bearerToken(header: string | null): string {
  const match = /^Bearer[ ]+([A-Za-z0-9_-]{16,128})[ ]*$/i.exec(header ?? "");
  if (!match?.[1]) {
    throw new ApiError(
      "unauthorized",
      "Send the delete token you got when the link was created as Authorization: Bearer <token>.",
    );
  }
  return match[1];
}
