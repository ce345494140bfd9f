"use client";

import { Button } from "@/components/ui/button";
import type { Provider, ResolvedAuth } from "@/lib/providers";
import {
  authName,
  getProvider,
  placementLabel,
  providersForKey,
  resolveAuth,
  sameAuth,
  withName,
} from "@/lib/providers";
import type { Draft, UpdateDraft } from "./wizard-state";

/** Where the key's own provider wants a key of this kind. */
export function wantedPlacement(
  keyText: string,
): { provider: Provider; auth: ResolvedAuth } | undefined {
  const match = providersForKey(keyText.trim())[0];
  if (!match || match.providerId === "custom") return undefined;
  const provider = getProvider(match.providerId);
  const special = provider.alternativeAuth.find((a) =>
    a.keyKinds?.includes(match.keyKind as never),
  );
  const wanted = special ?? provider.auth;
  return { provider, auth: withName(wanted.placement, authName(wanted)) };
}

/**
 * A recognised key whose provider wants another placement than the one chosen: one click
 * switches. Only when the endpoint is that provider's or unknown: a key for another provider
 * is a different problem, said by the format check.
 */
export function PlacementSuggestion({
  draft,
  update,
  provider,
}: {
  draft: Draft;
  update: UpdateDraft;
  provider: Provider | undefined;
}) {
  const wanted = wantedPlacement(draft.key);
  if (!wanted) return null;
  if (provider && provider.id !== "custom" && provider.id !== wanted.provider.id) return null;
  const chosen = resolveAuth(provider?.id, draft.auth);
  if (sameAuth(chosen, wanted.auth)) return null;
  const label = placementLabel(wanted.auth);
  return (
    <div
      data-testid="placement-suggestion"
      className="flex flex-wrap items-center gap-2 rounded-md border border-amber-500 p-3 text-sm dark:border-amber-400"
    >
      <p>
        This looks like a {wanted.provider.name} key; {wanted.provider.name} wants it as{" "}
        <code className="font-mono">{label}</code>, not{" "}
        <code className="font-mono">{placementLabel(chosen)}</code>.
      </p>
      <Button
        onClick={() =>
          update({ auth: { placement: wanted.auth.placement, name: authName(wanted.auth) ?? "" } })
        }
      >
        Use {label}
      </Button>
    </div>
  );
}
