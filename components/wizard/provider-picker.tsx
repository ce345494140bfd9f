"use client";

import type { Provider } from "@/lib/providers";
import { PROVIDERS } from "@/lib/providers";

/** One click per provider puts its cheap, read-only test endpoint into the form. */
export function ProviderPicker({ onPick }: { onPick: (provider: Provider) => void }) {
  const pickable = PROVIDERS.filter((p) => p.id !== "custom");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">
        Or start from a provider's read-only test endpoint
      </legend>
      <ul className="flex flex-wrap gap-2">
        {pickable.map((p) => (
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
      </ul>
    </fieldset>
  );
}
