import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";

/** The frame of every `/r/<id>` page: a shared report, or the page saying there is none. */
export function SharePage({ children }: { children: ReactNode }) {
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
      {children}
      <SiteFooter />
    </main>
  );
}
