"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

/**
 * Copies a command. Callers pass text with `$API_KEY` or a variable name in it, never the
 * key itself: the clipboard is outside our control once written.
 */
export function CopyButton({
  text,
  label,
  onCopy,
}: {
  text: string;
  label: string;
  onCopy?: () => void;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  // "Copied" goes back to "Copy" so a second copy is confirmed again.
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
      onCopy?.();
    } catch {
      setState("failed");
    }
  }
  return (
    <Button onClick={copy} aria-label={label} className="shrink-0">
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}
      </span>
    </Button>
  );
}
