"use client";

import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field-label";
import { type HeaderRow, newHeaderRow } from "./wizard-state";

/** Extra request headers (the credential itself is set in step 2, never here). */
export function HeadersEditor({
  rows,
  onChange,
}: {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
}) {
  const set = (id: number, patch: Partial<HeaderRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Extra headers</legend>
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">None. The key goes in step 2.</p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {rows.map((row, i) => (
          <li key={row.id} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
            <input
              aria-label={`Header ${i + 1} name`}
              value={row.name}
              onChange={(e) => set(row.id, { name: e.target.value })}
              placeholder="Header-Name"
              autoComplete="off"
              spellCheck={false}
              className={`${INPUT_CLASS} font-mono sm:w-48`}
            />
            <input
              aria-label={`Header ${i + 1} value`}
              value={row.value}
              onChange={(e) => set(row.id, { value: e.target.value })}
              placeholder="value"
              autoComplete="off"
              spellCheck={false}
              className={`${INPUT_CLASS} flex-1 font-mono`}
            />
            <Button
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
              aria-label={`Remove header ${row.name || i + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button onClick={() => onChange([...rows, newHeaderRow()])}>Add header</Button>
      </div>
    </fieldset>
  );
}
