"use client";

import {
  getProvider,
  type KeyMatch,
  type Provider,
  recognizeKey,
  truncatedFormatsForKey,
} from "@/lib/providers";

const RANK = { exact: 2, likely: 1, possible: 0 } as const;

/** The catalog format's own entry, to know whether that kind of key is a credential at all. */
function catalogFormat(m: KeyMatch) {
  if (m.source !== "catalog" || m.providerId === undefined) return undefined;
  return getProvider(m.providerId).keyFormats.find((f) => f.id === m.formatId);
}

/**
 * Does the key's shape fit the endpoint's provider? "An Anthropic key sent to OpenAI" is a
 * cause on its own. A bare shape (32 letters and digits) only "could be" the endpoint's
 * own provider's key, and names no other service.
 */
export function FormatCheck({
  keyText,
  provider,
}: {
  keyText: string;
  provider: Provider | undefined;
}) {
  const trimmed = keyText.trim();
  if (!trimmed) return null;
  const endpoint = provider && provider.id !== "custom" ? provider : undefined;
  const matches = recognizeKey(trimmed, endpoint?.id);
  const first = matches[0];
  let message: string;
  let tone = "text-zinc-800 dark:text-zinc-200";
  if (!first) {
    const cut = truncatedFormatsForKey(trimmed)[0];
    message = cut
      ? `Starts like ${getProvider(cut.providerId).name}'s keys but is shorter than their ${cut.expectedMin} characters: was the copy cut?`
      : "Does not match a known key format (fine for a custom API).";
    if (cut) tone = "text-red-800 dark:text-red-300";
  } else {
    const mine = endpoint && matches.find((m) => m.providerId === endpoint.id);
    const foreign =
      endpoint &&
      first.providerId !== endpoint.id &&
      (!mine || RANK[mine.certainty] < RANK[first.certainty]);
    const shown = foreign ? first : (mine ?? first);
    const format = catalogFormat(shown);
    // Most descriptions already name the service ("an OpenAI project API key").
    const what = shown.description.includes(shown.service)
      ? shown.description
      : `${shown.description} (${shown.service})`;
    if (foreign && endpoint) {
      message = `Looks like ${what} but the endpoint is ${endpoint.name}.`;
      tone = "text-red-800 dark:text-red-300";
    } else if (format && !format.usableAsCredential) {
      message = `Looks like ${what}: that kind of key is not accepted as a credential.`;
      tone = "text-red-800 dark:text-red-300";
    } else if (shown.certainty === "possible") {
      message = `Could be ${what}: its length and characters fit, nothing more distinctive.`;
    } else {
      message = `Looks like ${what}.`;
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
