import type { Metadata } from "next";
import { SharedReport } from "@/components/share/shared-report";
import { isShareId } from "@/lib/share/ids";

// Per request: the page carries a CSP nonce and must never be cached (next.config.js
// also sends no-store and noindex for /r/*).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Shared report · why401",
  description: "An end-to-end encrypted why401 report.",
  referrer: "no-referrer",
  robots: { index: false, follow: false, nocache: true },
};

export default async function SharedReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
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
      {/* A malformed id gets the same answer as an unknown one, without a request. */}
      <SharedReport id={isShareId(id) ? id : undefined} />
    </main>
  );
}
