"use client";

import { INPUT_CLASS } from "@/components/ui/field-label";
import type { Provider } from "@/lib/providers";
import { authName, placementLabel, resolveAuth } from "@/lib/providers";
import { PLACEMENT_OPTIONS } from "./auth-text";
import type { Draft, UpdateDraft } from "./wizard-state";

const RADIO = "mt-1 size-4 shrink-0 accent-blue-700 dark:accent-blue-400";

/** Where the key goes on the request; "auto" is the provider's documented placement. */
export function AuthPlacementControl({
  draft,
  update,
  provider,
}: {
  draft: Draft;
  update: UpdateDraft;
  provider: Provider | undefined;
}) {
  const auto = resolveAuth(provider?.id, { placement: "auto" });
  const needsName = draft.auth.placement === "header" || draft.auth.placement === "query";
  const set = (placement: Draft["auth"]["placement"]) =>
    update({
      auth: {
        placement,
        name:
          placement === "header" || placement === "query"
            ? (authName(resolveAuth(provider?.id, { placement })) ?? "")
            : "",
      },
    });
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-base font-semibold">Where the key goes</legend>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="radio"
          name="auth"
          className={RADIO}
          checked={draft.auth.placement === "auto"}
          onChange={() => set("auto")}
        />
        <span>
          <span className="font-medium">{provider ? `${provider.name}'s default` : "Default"}</span>
          : <code className="font-mono">{placementLabel(auto)}</code>.{" "}
          {provider
            ? provider.authHint
            : "An unknown API gets Bearer; we also try other placements."}
        </span>
      </label>
      {PLACEMENT_OPTIONS.map((o) => (
        <label key={o.value} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="auth"
            className={RADIO}
            checked={draft.auth.placement === o.value}
            onChange={() => set(o.value)}
          />
          <span>
            <span className="font-medium">{o.label}</span>: {o.explain}
          </span>
        </label>
      ))}
      {needsName ? (
        <label className="flex flex-col gap-1 text-sm sm:w-72">
          <span className="font-medium">
            {draft.auth.placement === "query" ? "Parameter name" : "Header name"}
          </span>
          <input
            value={draft.auth.name}
            onChange={(e) => update({ auth: { ...draft.auth, name: e.target.value } })}
            autoComplete="off"
            spellCheck={false}
            className={`${INPUT_CLASS} font-mono`}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
