"use client";

import { useId, useState } from "react";
import { INPUT_CLASS } from "@/components/ui/field-label";
import type { Provider } from "@/lib/providers";
import { PROVIDERS } from "@/lib/providers";

const PICKABLE = PROVIDERS.filter((p) => p.id !== "custom");
/** With nothing typed, the first few of the catalog (its order is by how often they come up). */
const SHOWN_UNFILTERED = 6;

function matches(p: Provider, query: string): boolean {
  const q = query.trim().toLowerCase();
  return (
    p.name.toLowerCase().includes(q) ||
    p.id.includes(q) ||
    p.hosts.some((h) => h.toLowerCase().includes(q))
  );
}

/**
 * One click puts a provider's cheap, read-only test endpoint into the form. Searchable by
 * name or host, so the whole catalog is one short list, not seventeen chips.
 */
export function ProviderPicker({
  detected,
  onPick,
}: {
  detected: Provider | undefined;
  onPick: (provider: Provider) => void;
}) {
  const [query, setQuery] = useState("");
  const id = useId();
  const found = query.trim() ? PICKABLE.filter((p) => matches(p, query)) : PICKABLE;
  const shown = query.trim() ? found : found.slice(0, SHOWN_UNFILTERED);
  const hidden = found.length - shown.length;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">
        Or start from a provider&apos;s read-only test endpoint
      </legend>
      {detected && detected.id !== "custom" ? (
        <p className="text-sm" data-testid="provider-detected">
          Detected: <span className="font-medium">{detected.name}</span>
        </p>
      ) : null}
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter picks the first match instead of leaving the step.
          if (e.key !== "Enter") return;
          e.preventDefault();
          e.stopPropagation();
          const first = found[0];
          if (first) onPick(first);
        }}
        placeholder={`Find one of ${PICKABLE.length} providers, e.g. gemini`}
        aria-label="Find a provider"
        aria-describedby={`${id}-count`}
        autoComplete="off"
        spellCheck={false}
        className={`${INPUT_CLASS} sm:w-72`}
      />
      <p id={`${id}-count`} className="sr-only" aria-live="polite">
        {query.trim() ? `${found.length} providers match.` : ""}
      </p>
      <ul className="flex flex-wrap gap-2">
        {shown.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              onClick={() => onPick(p)}
              title={p.testEndpoint.description}
              className="min-h-10 rounded-full border border-zinc-400 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
            >
              {p.name}
            </button>
          </li>
        ))}
        {found.length === 0 ? (
          <li className="text-sm text-zinc-700 dark:text-zinc-300">
            No provider by that name: enter the URL above.
          </li>
        ) : null}
      </ul>
      {hidden > 0 ? (
        <p className="text-xs text-zinc-700 dark:text-zinc-300">
          {hidden} more: type a name to find them.
        </p>
      ) : null}
    </fieldset>
  );
}
