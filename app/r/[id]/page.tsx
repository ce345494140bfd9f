import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharePage } from "@/components/share/share-page";
import { SharedReport } from "@/components/share/shared-report";
import { ApiError } from "@/lib/api/errors";
import { isShareId } from "@/lib/share/ids";
import { readShare, type StoredShare } from "@/lib/share/service";

// Per request: the page carries a CSP nonce and must never be cached (next.config.js
// also sends no-store and noindex for /r/*).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Shared report · why401",
  description: "An end-to-end encrypted why401 report.",
  referrer: "no-referrer",
  robots: { index: false, follow: false, nocache: true },
};

/**
 * The server decides whether the link exists: an unknown, malformed or expired id is a real
 * 404. A live id's ciphertext comes with the page, so the browser decrypts it without a
 * second round trip; the decryption key stays in the fragment, which the server never sees.
 */
async function load(id: string): Promise<StoredShare | undefined> {
  if (!isShareId(id)) notFound();
  try {
    return await readShare(id, Date.now());
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    // Storage down: the page still renders, and the browser says so in words.
    return undefined;
  }
}

export default async function SharedReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const share = await load(id);
  return (
    <SharePage>
      <SharedReport
        id={id}
        preloaded={
          share
            ? {
                kind: "found",
                sealed: { ciphertext: share.ciphertext, iv: share.iv },
                createdAt: share.createdAt,
                expiresAt: share.expiresAt,
              }
            : undefined
        }
      />
    </SharePage>
  );
}
