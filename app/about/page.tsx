import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";

// Per request: every page carries a fresh CSP nonce for its scripts.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "About why401: what the server sees, the source, self-hosting",
  description:
    "What why401's server sees and cannot see when it tests your API key, where the source is, and how to run your own instance.",
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const LIST = "flex list-disc flex-col gap-1 pl-5";

/** Plain facts for someone deciding whether to paste a key here. */
export default function About() {
  return (
    <main className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <header className="flex flex-col gap-2">
        <a href="/" className="font-mono text-sm text-blue-700 underline dark:text-blue-400">
          why401
        </a>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">About why401</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          why401 tells you why an API answers 401 Unauthorized and proves it with real test
          requests. This page says what happens to your key on the way.
        </p>
      </header>
      <Section title="What stays in your browser">
        <ul className={LIST}>
          <li>
            A pasted curl command, raw HTTP request or fetch(...) call is taken apart in your
            browser; nothing is sent while you type.
          </li>
          <li>
            The key inspection (hidden characters, quotes, prefixes, JWT expiry, the key&apos;s
            format) runs in your browser. Without an endpoint, or with a redacted key, no request
            carries your key anywhere.
          </li>
          <li>
            The key lives only in the page&apos;s memory: never in the address bar, the browser
            history, local storage or a cookie. Reloading the page forgets it.
          </li>
        </ul>
      </Section>
      <Section title="What the server sees">
        <ul className={LIST}>
          <li>
            When you press Send, the key goes to our server in the body of one HTTPS request (never
            in a URL). The server sends the test requests to your endpoint, redacts every answer,
            and forgets the key when the report is done. It is never written to a database, a log or
            a report.
          </li>
          <li>
            A report holds only the key&apos;s fingerprint (8 hex digits of a SHA-256), its length
            and a preview of at most 7 characters; for a key under 20 characters, or a user:password
            pair, not even the fingerprint or the preview.
          </li>
          <li>
            The server counts requests per client address for rate limits (only a hash of the
            address is stored, for a few minutes).
          </li>
        </ul>
      </Section>
      <Section title="What the server cannot see">
        <ul className={LIST}>
          <li>
            A shared report. It is encrypted in your browser (AES-256-GCM) and only the ciphertext
            is uploaded; the decryption key is in the link after <code>#</code>, which browsers
            never send to a server.
          </li>
          <li>
            Your endpoint&apos;s answers as they were: the server keeps only redacted excerpts, with
            anything that looks like your key removed.
          </li>
        </ul>
      </Section>
      <Section title="The source, and your own instance">
        <p>
          why401 is open source: one Next.js app, with its tests and documentation in the same
          repository (its README, and <code>docs/</code> for how it works and how it keeps keys
          safe). Whoever runs this instance can point you to the copy it was built from. To run your
          own, on a machine with Node 20 or later:
        </p>
        <pre className="overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-sm dark:bg-zinc-900">
          npm ci && npm run build && npm start
        </pre>
        <p>
          It listens on port 3000 and keeps share links in SQLite under <code>./data</code>; set{" "}
          <code>DATABASE_URL</code> to use PostgreSQL for several instances. Your own instance can
          test endpoints on your private network with <code>WHY401_ALLOW_PRIVATE_TARGETS=1</code>.
        </p>
      </Section>
      <Section title="The same diagnosis where the 401 happens">
        <p>
          Many 401s come from inside your environment: a shell export that overrides{" "}
          <code>.env</code>, a key baked into a container, an empty CI secret, a proxy that drops
          the header. The <code>why401</code> command runs the same diagnosis there, with the key
          read from an environment variable (never from the command line):
        </p>
        <pre className="overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-sm dark:bg-zinc-900">
          why401 https://api.openai.com/v1/models --key-env OPENAI_API_KEY
        </pre>
        <p>
          <code>npm run build</code> builds it into one Node file (<code>dist/why401.cjs</code>);{" "}
          <code>npm link</code> puts it on your PATH. It compares every place that holds the
          variable (the environment, <code>.env</code> files, mounted secrets), honours{" "}
          <code>HTTPS_PROXY</code>, prints a report or JSON, and can upload an encrypted share link
          to an instance like this one with <code>--share</code>.
        </p>
      </Section>
      <SiteFooter />
    </main>
  );
}
