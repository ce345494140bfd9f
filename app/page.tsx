import { SiteFooter } from "@/components/site-footer";
import { Wizard } from "@/components/wizard/wizard";

// The page reads a per-request CSP nonce, so it is rendered per request.
export const dynamic = "force-dynamic";

export default function Home() {
  return (
    <main className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-4 sm:gap-6 sm:py-8">
      <header className="hero flex flex-col gap-2">
        <p className="hero-detail font-mono text-sm text-blue-700 dark:text-blue-400">why401</p>
        <h1 className="hero-title text-2xl font-bold tracking-tight sm:text-3xl">
          Your API key gets 401 Unauthorized. Find out why in a minute.
        </h1>
        <p className="hero-detail text-zinc-700 dark:text-zinc-300">
          Paste the endpoint and the key. why401 looks for hidden characters, expired tokens, the
          wrong header and gateways in the way, sends real test requests from our server (never from
          your browser), and tells you the cause, the evidence and the fix. The key is never stored
          or logged.
        </p>
      </header>
      <Wizard />
      <SiteFooter />
    </main>
  );
}
