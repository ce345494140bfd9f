"use client";

import { useEffect, useState } from "react";
import { formatLocalTime } from "@/components/ui/local-time";
import { ReportView } from "@/components/wizard/report-view";
import { type Report, upgradeReport } from "@/lib/diagnosis/report";
import { type FetchShareResult, fetchShare } from "@/lib/share/client";
import { type DecryptFailure, decryptShare, keyFromHash } from "@/lib/share/crypto";
import { ReportBoundary } from "./report-boundary";
import { ShareProblem, type ShareProblemKind } from "./share-problem";

/** What the page says for each way decryption fails. */
const PROBLEM_OF: Record<DecryptFailure, ShareProblemKind> = {
  missing_key: "missing_key",
  malformed_key: "wrong_key",
  malformed_data: "wrong_key",
  wrong_key_or_tampered: "wrong_key",
  unreadable: "unreadable",
  unavailable: "no_webcrypto",
};

type State =
  | { kind: "loading" }
  | { kind: "problem"; problem: ShareProblemKind; detail?: string }
  | { kind: "ready"; report: Report; expiresAt: string };

/**
 * Fetches the ciphertext and decrypts it here, with the key from the fragment: the
 * server never sees the key or the report. Re-runs when the fragment changes, so pasting
 * the complete link into the address bar fixes a truncated one without a reload.
 */
export function SharedReport({
  id,
  preloaded,
}: {
  id: string | undefined;
  /** The ciphertext the server put in the page, when it had it. */
  preloaded?: FetchShareResult;
}) {
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    // Each load gets a generation; an older load that finishes late is ignored.
    let generation = 0;
    let unmounted = false;
    let usedKey: string | undefined;
    async function load() {
      const mine = ++generation;
      const stale = () => unmounted || mine !== generation;
      if (!id) return setState({ kind: "problem", problem: "not_found" });
      // The guard (zod) loads beside the fetch and decryption, not in the page's first load.
      const guard = import("@/lib/share/report-guard").catch(() => undefined);
      const fetched = preloaded ?? (await fetchShare(id));
      if (stale()) return;
      if (fetched.kind === "not_found") return setState({ kind: "problem", problem: "not_found" });
      if (fetched.kind === "unavailable") {
        return setState({ kind: "problem", problem: "unavailable", detail: fetched.message });
      }
      usedKey = keyFromHash(window.location.hash);
      const opened = await decryptShare(fetched.sealed, usedKey);
      if (stale()) return;
      if (!opened.ok) {
        return setState({ kind: "problem", problem: PROBLEM_OF[opened.reason] });
      }
      const loaded = await guard;
      if (stale()) return;
      if (!loaded?.isShareableReport(opened.value)) {
        return setState({ kind: "problem", problem: "unreadable" });
      }
      setState({
        kind: "ready",
        report: upgradeReport(opened.value),
        expiresAt: fetched.expiresAt,
      });
    }
    setState({ kind: "loading" });
    void load();
    const onHash = () => {
      if (keyFromHash(window.location.hash) === usedKey) return;
      setState({ kind: "loading" });
      void load();
    };
    window.addEventListener("hashchange", onHash);
    return () => {
      unmounted = true;
      window.removeEventListener("hashchange", onHash);
    };
  }, [id, preloaded]);

  if (state.kind === "loading") {
    return (
      <p role="status" data-share-state="loading" className="text-zinc-700 dark:text-zinc-300">
        Decrypting the report in your browser…
      </p>
    );
  }
  if (state.kind === "problem") {
    return <ShareProblem kind={state.problem} detail={state.detail} />;
  }
  return (
    <div className="flex flex-col gap-4" data-share-state="ready">
      <p className="rounded-md border border-zinc-300 p-3 text-sm dark:border-zinc-700">
        A report someone shared with you, decrypted in your browser. It holds no API key, only its
        fingerprint, length and preview. This link expires{" "}
        <time dateTime={state.expiresAt} data-testid="share-expiry">
          {formatLocalTime(state.expiresAt)}
        </time>
        .
      </p>
      <ReportBoundary>
        <ReportView report={state.report} readOnly />
      </ReportBoundary>
    </div>
  );
}
