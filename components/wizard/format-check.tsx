"use client";

import type { Provider } from "@/lib/providers";
import { getProvider, providersForKey, truncatedFormatsForKey } from "@/lib/providers";

/** Does the key's shape fit the endpoint's provider? "An Anthropic key sent to OpenAI" is a cause on its own. */
export function FormatCheck({
  keyText,
  provider,
}: {
  keyText: string;
  provider: Provider | undefined;
}) {
  const trimmed = keyText.trim();
  if (!trimmed) return null;
  const matches = providersForKey(trimmed);
  const truncated = truncatedFormatsForKey(trimmed);
  const first = matches[0];
  const lookup = (m: { providerId: Provider["id"]; formatId: string }) => {
    const p = getProvider(m.providerId);
    const format = p.keyFormats.find((f) => f.id === m.formatId);
    return { p, format };
  };
  let message: string;
  let tone = "text-zinc-800 dark:text-zinc-200";
  if (!first) {
    const cut = truncated[0];
    message = cut
      ? `Starts like a ${getProvider(cut.providerId).name} key but is shorter than its ${cut.expectedMin} characters: was the copy cut?`
      : "Does not match a known key format (fine for a custom API).";
    if (cut) tone = "text-red-800 dark:text-red-300";
  } else {
    const mine = provider && matches.find((m) => m.providerId === provider.id);
    const shown = mine ?? first;
    const { p, format } = lookup(shown);
    const what = format?.description ?? `${p.name} key`;
    if (provider && provider.id !== "custom" && !mine) {
      message = `Looks like ${what} (${p.name}) but the endpoint is ${provider.name}.`;
      tone = "text-red-800 dark:text-red-300";
    } else if (format && !format.usableAsCredential) {
      message = `Looks like ${what}: that kind of key is not accepted as a credential.`;
      tone = "text-red-800 dark:text-red-300";
    } else {
      // Most format descriptions already name the provider ("an OpenAI project API key").
      message = what.includes(p.name) ? `Looks like ${what}.` : `Looks like ${what} (${p.name}).`;
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-base font-semibold">Format</h3>
      <p data-testid="format-check" className={`text-sm ${tone}`}>
        {message}
      </p>
    </div>
  );
}
