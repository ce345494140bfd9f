"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  type EchoCapture,
  type EchoSessionCreated,
  echoCaptureListSchema,
  echoSessionCreatedSchema,
} from "@/lib/echo/capture-schema";
import { serverErrorMessage } from "@/lib/share/server-message";

const POLL_MS = 2_000;

type EchoSessionState =
  | { kind: "idle" }
  | { kind: "creating" }
  | { kind: "error"; message: string }
  | { kind: "open"; session: EchoSessionCreated; captures: EchoCapture[] }
  | { kind: "expired"; session: EchoSessionCreated; captures: EchoCapture[] };

/**
 * A capture URL and its captures, polled every 2 s while it is open. Polling stops when
 * the URL expires (or answers 404) and when the component unmounts.
 */
export function useEchoSession(): { state: EchoSessionState; create: () => Promise<void> } {
  const [state, setState] = useState<EchoSessionState>({ kind: "idle" });
  const generation = useRef(0);

  const create = useCallback(async () => {
    const mine = ++generation.current;
    setState({ kind: "creating" });
    try {
      const res = await fetch("/api/echo", { method: "POST", cache: "no-store" });
      if (mine !== generation.current) return;
      if (res.status !== 201) {
        setState({ kind: "error", message: await serverErrorMessage(res) });
        return;
      }
      const session = echoSessionCreatedSchema.parse(await res.json());
      if (mine === generation.current) setState({ kind: "open", session, captures: [] });
    } catch {
      if (mine === generation.current) {
        setState({ kind: "error", message: "Could not reach the server. Try again." });
      }
    }
  }, []);

  const sessionId = state.kind === "open" ? state.session.id : undefined;
  const expiresAt = state.kind === "open" ? Date.parse(state.session.expiresAt) : 0;
  useEffect(() => {
    if (!sessionId) return;
    const mine = generation.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const expire = () => setState((s) => (s.kind === "open" ? { ...s, kind: "expired" } : s));

    async function poll() {
      try {
        const res = await fetch(`/api/echo/${sessionId}/captures`, { cache: "no-store" });
        if (stopped || mine !== generation.current) return;
        if (res.status === 404) return expire();
        if (res.ok) {
          const list = echoCaptureListSchema.parse(await res.json());
          if (stopped || mine !== generation.current) return;
          setState((s) =>
            s.kind === "open" && s.captures.length !== list.captures.length
              ? { ...s, captures: list.captures }
              : s,
          );
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
      if (stopped) return;
      if (expiresAt <= Date.now()) return expire();
      timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [sessionId, expiresAt]);

  return { state, create };
}
