"use client";

import { FieldLabel, INPUT_CLASS } from "@/components/ui/field-label";
import { normalizePrinted } from "./fingerprint-commands";

/** Compares what the running process printed with the pasted key's fingerprint, instantly. */
export function FingerprintCheck({
  printed,
  fingerprint,
  onChange,
}: {
  printed: string;
  fingerprint: string | undefined;
  onChange: (printed: string) => void;
}) {
  const normalized = normalizePrinted(printed);
  const matches = normalized !== undefined && normalized === fingerprint;
  return (
    <div className="flex flex-col gap-1">
      <FieldLabel htmlFor="printed">What did it print?</FieldLabel>
      <input
        id="printed"
        value={printed}
        onChange={(e) => onChange(e.target.value)}
        placeholder="sha256:1a2b3c4d or 1a2b3c4d"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="printed-result"
        className={`${INPUT_CLASS} font-mono sm:w-72`}
      />
      <div
        id="printed-result"
        aria-live="polite"
        data-testid="fingerprint-result"
        className="text-sm"
      >
        {!printed.trim() ? null : normalized === undefined ? (
          <p>That is not a fingerprint yet: 8 hex digits, with or without "sha256:".</p>
        ) : fingerprint === undefined ? (
          <p>Computing the pasted key's fingerprint…</p>
        ) : matches ? (
          <p className="text-emerald-800 dark:text-emerald-300">
            Match: the running process has the same key you pasted.
          </p>
        ) : (
          <div className="text-red-800 dark:text-red-300" data-mismatch="">
            <p className="font-medium">
              Mismatch: the running process sees a different key ({normalized}, not {fingerprint}).
            </p>
            <p>
              This is a stale environment. Usual reasons: the process was started before the key
              changed and not restarted; Docker baked the variable in at build time (ARG/ENV in the
              Dockerfile); a .env file was edited but not reloaded; another .env or shell profile
              wins.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
