import { z } from "zod";
import type { Report } from "@/lib/diagnosis/report";
import { encryptShare, shareLink } from "@/lib/share/crypto";
import { SHARE_ID_PATTERN } from "@/lib/share/ids";
import { shareableReport } from "@/lib/share/shareable-report";

/**
 * Uploads the report exactly as the web app's share dialog does: encrypted here with
 * WebCrypto (AES-256-GCM, the same format string), only ciphertext and IV sent, the key
 * kept in the link's fragment, which browsers never send to the server.
 */
type ShareResult = { ok: true; link: string; expiresAt: string } | { ok: false; message: string };

/** What a why401 instance answers to a created share; anything else is not one. */
const createdSchema = z.object({ id: z.string().regex(SHARE_ID_PATTERN), expiresAt: z.string() });

export async function uploadShare(
  report: Report,
  share: { origin: string; ttlDays: 1 | 7 | 30 },
): Promise<ShareResult> {
  const encrypted = await encryptShare(shareableReport(report, { hidePath: false }));
  if (!encrypted.ok) return { ok: false, message: "encrypting the report failed" };
  let res: Response;
  try {
    res = await fetch(`${share.origin}/api/shares`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...encrypted.sealed, ttlDays: share.ttlDays }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { ok: false, message: `${share.origin} could not be reached` };
  }
  if (res.status !== 201) {
    const body = (await res.json().catch(() => undefined)) as
      | { error?: { message?: unknown } }
      | undefined;
    const said =
      typeof body?.error?.message === "string" ? `: ${body.error.message.slice(0, 200)}` : "";
    return { ok: false, message: `${share.origin} answered ${res.status}${said}` };
  }
  // A 201 from something that is not why401 (a proxy's page, another app) must not cost
  // the run its report: it is a failed share, said in one line.
  const created = createdSchema.safeParse(await res.json().catch(() => undefined));
  if (!created.success)
    return { ok: false, message: `${share.origin} did not answer as a why401 instance` };
  return {
    ok: true,
    link: shareLink(share.origin, created.data.id, encrypted.key),
    expiresAt: created.data.expiresAt,
  };
}
