"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Report } from "@/lib/diagnosis/report";
import { createShareLink, deleteShareLink } from "@/lib/share/client";
import { SHARE_TTL_DAYS, type ShareTtlDays } from "@/lib/share/ids";
import { CreatedLink } from "./created-link";

type Phase =
  | { kind: "form"; error?: string }
  | { kind: "creating" }
  | {
      kind: "created";
      id: string;
      link: string;
      expiresAt: string;
      /** Only here, in this component's memory: never stored, never sent but to delete. */
      deleteToken: string;
      deleting?: boolean;
      error?: string;
    }
  | { kind: "deleted" };

/**
 * Opens the share dialog: the report is encrypted in this browser and only ciphertext is
 * uploaded; the key rides in the link's fragment. A native modal <dialog> gives focus
 * trapping, Escape to close, and focus back on the opener.
 */
export function ShareButton({ report }: { report: Report }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [ttlDays, setTtlDays] = useState<ShareTtlDays>(7);
  const [hidePath, setHidePath] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "form" });

  async function create() {
    setPhase({ kind: "creating" });
    const result = await createShareLink(report, { ttlDays, hidePath }, window.location.origin);
    setPhase(result.ok ? { kind: "created", ...result } : { kind: "form", error: result.message });
  }

  async function remove() {
    if (phase.kind !== "created") return;
    setPhase({ ...phase, deleting: true, error: undefined });
    const result = await deleteShareLink(phase.id, phase.deleteToken);
    setPhase(
      result.ok ? { kind: "deleted" } : { ...phase, deleting: false, error: result.message },
    );
  }

  return (
    <>
      <Button onClick={() => dialogRef.current?.showModal()} aria-haspopup="dialog">
        Share
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        data-testid="share-dialog"
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-zinc-300 bg-white p-0 text-zinc-900 backdrop:bg-black/50 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      >
        <div className="flex flex-col gap-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            Share this report
          </h2>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            The report is encrypted in your browser. Our server stores only the encrypted data; the
            decryption key is in the part of the link after <code>#</code>, which browsers never
            send. It holds no more of your API key than the report shows: the fingerprint, the
            length and the preview.
          </p>

          {phase.kind === "form" || phase.kind === "creating" ? (
            <>
              <fieldset className="flex flex-col gap-2">
                <legend className="text-sm font-medium">The link works for</legend>
                <div className="flex gap-4">
                  {SHARE_TTL_DAYS.map((d) => (
                    <label key={d} className="flex items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name="share-ttl"
                        value={d}
                        checked={ttlDays === d}
                        onChange={() => setTtlDays(d)}
                      />
                      {d === 1 ? "1 day" : `${d} days`}
                    </label>
                  ))}
                </div>
              </fieldset>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={hidePath}
                  onChange={(e) => setHidePath(e.target.checked)}
                />
                <span>
                  Hide the endpoint&apos;s path and query (the link shows{" "}
                  <code>{report.target ? `${report.target.origin}/…` : "/…"}</code>)
                </span>
              </label>
              {phase.kind === "form" && phase.error ? (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {phase.error}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <Button variant="primary" onClick={create} disabled={phase.kind === "creating"}>
                  {phase.kind === "creating" ? "Creating…" : "Create link"}
                </Button>
                <Button onClick={() => dialogRef.current?.close()}>Cancel</Button>
              </div>
            </>
          ) : null}

          {phase.kind === "created" ? (
            <CreatedLink
              link={phase.link}
              expiresAt={phase.expiresAt}
              deleteToken={phase.deleteToken}
              deleting={phase.deleting ?? false}
              error={phase.error}
              onDelete={remove}
              onClose={() => dialogRef.current?.close()}
            />
          ) : null}

          {phase.kind === "deleted" ? (
            <>
              <p role="status" className="text-sm">
                The link is deleted. Anyone who opens it now sees that it does not exist.
              </p>
              <div className="flex flex-wrap gap-2">
                <Button onClick={() => setPhase({ kind: "form" })}>Create another link</Button>
                <Button onClick={() => dialogRef.current?.close()}>Close</Button>
              </div>
            </>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
