import { connection } from "next/server";
import { SiteFooter } from "@/components/site-footer";

// Rendered per request like every other page: a page prerendered at build time carries no
// CSP nonce, so the browser would block its scripts (see docs/security.md).
export default async function NotFound() {
  await connection();
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8 sm:py-12">
      <p className="font-mono text-sm text-blue-700 dark:text-blue-400">why401</p>
      <h1 className="text-2xl font-bold">This page does not exist</h1>
      <p>
        <a href="/" className="font-medium text-blue-800 underline dark:text-blue-300">
          Find out why your API key gets 401
        </a>
      </p>
      <SiteFooter />
    </main>
  );
}
