/** On every page: where to learn what the server sees, and where the source is. */
export function SiteFooter() {
  return (
    <footer className="mt-4 flex flex-wrap gap-x-4 gap-y-1 border-t border-zinc-200 pt-4 text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
      <a href="/about" className="font-medium text-blue-800 underline dark:text-blue-300">
        About why401: what the server sees
      </a>
      <a href="/" className="text-blue-800 underline dark:text-blue-300">
        Run a check
      </a>
    </footer>
  );
}
