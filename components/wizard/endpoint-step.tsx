"use client";

import { FieldLabel, INPUT_CLASS } from "@/components/ui/field-label";
import { HTTP_METHODS, type HttpMethod } from "@/lib/probe/diagnose-input";
import type { Provider, ProviderId } from "@/lib/providers";
import { PROVIDERS, providerForHost } from "@/lib/providers";
import { HeadersEditor } from "./headers-editor";
import { ProviderPicker } from "./provider-picker";
import { StepNav } from "./step-nav";
import { StepSection } from "./step-section";
import { type Draft, hostOf, type UpdateDraft, withRequiredHeaders } from "./wizard-state";

export function EndpointStep({
  draft,
  update,
  provider,
  detected,
  focusOnMount,
  onNext,
}: {
  draft: Draft;
  update: UpdateDraft;
  provider: Provider | undefined;
  detected: Provider | undefined;
  focusOnMount: boolean;
  onNext: () => void;
}) {
  const url = draft.endpoint.trim();
  const validUrl = !url || (/^https?:\/\//i.test(url) && hostOf(url) !== undefined);
  const pick = (p: Provider) =>
    update({
      endpoint: p.testEndpoint.url,
      method: p.testEndpoint.method,
      providerChoice: p.id,
      headers: withRequiredHeaders(draft.headers, p),
    });
  const choose = (value: string) => {
    const choice = value as ProviderId | "auto";
    const next = choice === "auto" ? detected : PROVIDERS.find((p) => p.id === choice);
    update({ providerChoice: choice, headers: withRequiredHeaders(draft.headers, next) });
  };
  return (
    <StepSection
      number={1}
      title="Endpoint"
      focusOnMount={focusOnMount}
      intro="The URL that answers 401. Leave it empty to inspect the key only: then no request leaves our server."
    >
      <div className="flex flex-col gap-3 sm:flex-row">
        <div className="flex flex-col gap-1 sm:w-32">
          <FieldLabel htmlFor="method">Method</FieldLabel>
          <select
            id="method"
            value={draft.method}
            onChange={(e) => update({ method: e.target.value as HttpMethod })}
            className={INPUT_CLASS}
          >
            {HTTP_METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-1 flex-col gap-1">
          <FieldLabel htmlFor="endpoint">Endpoint URL</FieldLabel>
          <input
            id="endpoint"
            type="url"
            inputMode="url"
            value={draft.endpoint}
            onChange={(e) => {
              const next = e.target.value;
              const host = hostOf(next);
              const found = host ? providerForHost(host) : undefined;
              update({
                endpoint: next,
                headers:
                  draft.providerChoice === "auto"
                    ? withRequiredHeaders(draft.headers, found)
                    : draft.headers,
              });
            }}
            placeholder="https://api.example.com/v1/models"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!validUrl}
            aria-describedby="endpoint-status"
            className={`${INPUT_CLASS} font-mono`}
          />
          <p
            id="endpoint-status"
            aria-live="polite"
            className="text-sm text-zinc-700 dark:text-zinc-300"
          >
            {!validUrl
              ? "Enter a full http:// or https:// URL."
              : detected
                ? `Recognised: ${detected.name}.`
                : url
                  ? "Provider not recognised from the host: a custom API."
                  : ""}
          </p>
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <FieldLabel htmlFor="provider">Provider</FieldLabel>
        <select
          id="provider"
          value={draft.providerChoice}
          onChange={(e) => choose(e.target.value)}
          className={`${INPUT_CLASS} sm:w-72`}
        >
          <option value="auto">Detect from the host{detected ? ` (${detected.name})` : ""}</option>
          {PROVIDERS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {provider ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{provider.authHint}</p>
        ) : null}
      </div>
      <ProviderPicker onPick={pick} />
      <HeadersEditor rows={draft.headers} onChange={(headers) => update({ headers })} />
      <StepNav
        onNext={onNext}
        nextDisabled={!validUrl}
        nextLabel={url ? "Next: the key" : "Next: inspect the key only"}
      />
    </StepSection>
  );
}
