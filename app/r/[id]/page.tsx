import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedReport } from "@/components/share/shared-report";
import { SiteFooter } from "@/components/site-footer";
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
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-mono text-sm font-normal text-blue-700 dark:text-blue-400">
          why401 · shared report
        </h1>
        <a href="/" className="text-sm font-medium text-blue-800 underline dark:text-blue-300">
          Run your own check
        </a>
      </header>
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
      <SiteFooter />
    </main>
  );
}
