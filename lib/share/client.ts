import type { Report } from "@/lib/diagnosis/report";
import { encryptShare, type SealedShare, shareLink } from "./crypto";
import type { ShareTtlDays } from "./ids";
import { serverErrorMessage } from "./server-message";
import { shareableReport } from "./shareable-report";

/**
 * The browser's side of the share API. Every outcome is a tagged value the UI shows;
 * nothing here throws. The key never leaves this module except inside the link's
 * fragment, which the browser does not send.
 */

type CreateLinkResult =
  | { ok: true; id: string; link: string; deleteToken: string; expiresAt: string }
  | { ok: false; message: string };

export async function createShareLink(
  report: Report,
  options: { ttlDays: ShareTtlDays; hidePath: boolean },
  origin: string,
): Promise<CreateLinkResult> {
  const encrypted = await encryptShare(shareableReport(report, { hidePath: options.hidePath }));
  if (!encrypted.ok) {
    return {
      ok: false,
      message:
        encrypted.reason === "unavailable"
          ? "This browser cannot encrypt here (WebCrypto needs HTTPS or localhost)."
          : "Encrypting the report failed.",
    };
  }
  let res: Response;
  try {
    res = await fetch("/api/shares", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...encrypted.sealed, ttlDays: options.ttlDays }),
      cache: "no-store",
    });
  } catch {
    return { ok: false, message: "The server could not be reached. Try again." };
  }
  if (res.status !== 201) return { ok: false, message: await serverErrorMessage(res) };
  const body = (await res.json()) as { id: string; deleteToken: string; expiresAt: string };
  return {
    ok: true,
    id: body.id,
    deleteToken: body.deleteToken,
    expiresAt: body.expiresAt,
    link: shareLink(origin, body.id, encrypted.key),
  };
}

export async function deleteShareLink(
  id: string,
  deleteToken: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const res = await fetch(`/api/shares/${encodeURIComponent(id)}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${deleteToken}` },
      cache: "no-store",
    });
    if (res.status === 204 || res.status === 404) return { ok: true };
    return { ok: false, message: await serverErrorMessage(res) };
  } catch {
    return { ok: false, message: "The server could not be reached. Try again." };
  }
}

export type FetchShareResult =
  | { kind: "found"; sealed: SealedShare; createdAt: string; expiresAt: string }
  | { kind: "not_found" }
  | { kind: "unavailable"; message: string };

export async function fetchShare(id: string): Promise<FetchShareResult> {
  try {
    const res = await fetch(`/api/shares/${encodeURIComponent(id)}`, { cache: "no-store" });
    if (res.status === 404) return { kind: "not_found" };
    if (!res.ok) return { kind: "unavailable", message: await serverErrorMessage(res) };
    const body = (await res.json()) as {
      ciphertext: string;
      iv: string;
      createdAt: string;
      expiresAt: string;
    };
    return {
      kind: "found",
      sealed: { ciphertext: body.ciphertext, iv: body.iv },
      createdAt: body.createdAt,
      expiresAt: body.expiresAt,
    };
  } catch {
    return {
      kind: "unavailable",
      message: "The server could not be reached. Reload to try again.",
    };
  }
}
