"use client";

import { type KeyboardEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldLabel, INPUT_CLASS } from "@/components/ui/field-label";
import { HTTP_METHODS, type HttpMethod } from "@/lib/probe/diagnose-input";
import type { Provider, ProviderId } from "@/lib/providers";
import { PROVIDERS, providerForHost } from "@/lib/providers";
import { detectFormat } from "@/lib/request-import/detect";
import { endpointProblem } from "./endpoint-check";
import { HeadersEditor } from "./headers-editor";
import { applyImport } from "./import-request";
import { ImportSummaryView } from "./import-summary";
import { ProviderPicker } from "./provider-picker";
import { StepNav } from "./step-nav";
import { StepSection } from "./step-section";
import {
  type Draft,
  hostOf,
  methodHasBody,
  type UpdateDraft,
  withRequiredHeaders,
} from "./wizard-state";

const STATUS_CLASS = "text-sm text-zinc-700 dark:text-zinc-300";
const ERROR_CLASS = "text-sm font-medium text-red-800 dark:text-red-300";

export function EndpointStep({
  draft,
  update,
  provider,
  detected,
  focusOnMount,
  onNext,
  onRerun,
}: {
  draft: Draft;
  update: UpdateDraft;
  provider: Provider | undefined;
  detected: Provider | undefined;
  focusOnMount: boolean;
  onNext: () => void;
  /** After a report: send the edited request again without walking through every step. */
  onRerun?: () => void;
}) {
  const [importError, setImportError] = useState<string>();
  // The newest paste wins when two imports are in flight.
  const latest = useRef("");
  const url = draft.endpoint.trim();
  const problem = endpointProblem(url);
  const format = detectFormat(draft.endpoint);
  const canGoOn = !problem && !format;

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
  const setEndpoint = (next: string) => {
    latest.current = next;
    setImportError(undefined);
    if (detectFormat(next)) {
      update({ endpoint: next });
      // The parsers load on the first paste of a command; the text never leaves the browser.
      void import("@/lib/request-import")
        .then(({ importRequest }) => {
          if (latest.current !== next) return;
          const result = importRequest(next);
          if (result.ok) update(applyImport(draft, result));
          else setImportError(result.error);
        })
        .catch(() => {
          // The reader's script did not load (a dropped connection, a new deploy): say so
          // instead of "Reading the command…" forever.
          if (latest.current === next) {
            setImportError(
              "The command reader could not be loaded. Check your connection and paste the command again.",
            );
          }
        });
      return;
    }
    const host = hostOf(next);
    const found = host ? providerForHost(host) : undefined;
    update({
      endpoint: next,
      imported: undefined,
      headers:
        draft.providerChoice === "auto" ? withRequiredHeaders(draft.headers, found) : draft.headers,
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // A single-line field: Enter goes on (a pasted command keeps its line breaks).
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (canGoOn) onNext();
    }
  };

  return (
    <StepSection
      number={1}
      title="Endpoint"
      focusOnMount={focusOnMount}
      onEnter={() => {
        if (canGoOn) onNext();
      }}
      intro="The URL that answers 401, or paste the whole failing curl command, raw HTTP request or fetch(...) call. Leave it empty to inspect the key only: then nothing is sent anywhere."
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
          <FieldLabel htmlFor="endpoint">Endpoint URL or curl command</FieldLabel>
          <textarea
            id="endpoint"
            rows={1}
            inputMode="url"
            value={draft.endpoint}
            onChange={(e) => setEndpoint(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder="https://api.example.com/v1/models"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-invalid={problem !== undefined || importError !== undefined}
            aria-describedby="endpoint-status"
            className={`${INPUT_CLASS} field-sizing-content max-h-40 resize-none font-mono break-all`}
          />
          <div id="endpoint-status" aria-live="polite" className="flex flex-col gap-1">
            <EndpointStatus
              problem={problem}
              importError={importError}
              importing={format !== undefined && !importError}
              detected={detected}
              url={url}
              onFix={update}
            />
          </div>
        </div>
      </div>
      {draft.imported ? <ImportSummaryView summary={draft.imported} /> : null}
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
        {provider ? <p className={STATUS_CLASS}>{provider.authHint}</p> : null}
      </div>
      <ProviderPicker detected={detected} onPick={pick} />
      <HeadersEditor rows={draft.headers} onChange={(headers) => update({ headers })} />
      {methodHasBody(draft.method) || draft.body ? (
        <div className="flex flex-col gap-1">
          <FieldLabel htmlFor="request-body">Body</FieldLabel>
          <textarea
            id="request-body"
            rows={3}
            value={draft.body}
            onChange={(e) => update({ body: e.target.value })}
            spellCheck={false}
            aria-describedby="request-body-help"
            className={`${INPUT_CLASS} max-h-60 font-mono`}
          />
          <p id="request-body-help" className={STATUS_CLASS}>
            {methodHasBody(draft.method)
              ? "Sent as is with the first request only: a POST is not repeated."
              : `A ${draft.method} request has no body: this one is not sent.`}
          </p>
        </div>
      ) : null}
      <StepNav
        onNext={onNext}
        nextDisabled={!canGoOn}
        nextLabel={url ? "Next: the key" : "Next: inspect the key only"}
        extra={
          onRerun ? (
            <Button onClick={onRerun} disabled={!canGoOn}>
              Re-run with this request
            </Button>
          ) : null
        }
      />
    </StepSection>
  );
}

function EndpointStatus({
  problem,
  importError,
  importing,
  detected,
  url,
  onFix,
}: {
  problem: ReturnType<typeof endpointProblem>;
  importError: string | undefined;
  importing: boolean;
  detected: Provider | undefined;
  url: string;
  onFix: UpdateDraft;
}) {
  if (importError) return <p className={ERROR_CLASS}>{importError}</p>;
  if (importing) return <p className={STATUS_CLASS}>Reading the command…</p>;
  if (problem?.kind === "scheme") {
    return (
      <p className={ERROR_CLASS}>
        A URL needs its scheme. Did you mean{" "}
        <Button
          variant="ghost"
          className="min-h-0 p-0 font-mono"
          onClick={() => onFix({ endpoint: problem.suggestion })}
        >
          {problem.suggestion}
        </Button>
        ?
      </p>
    );
  }
  if (problem?.kind === "userinfo") {
    return (
      <div className="flex flex-col items-start gap-1">
        <p className={ERROR_CLASS}>
          This URL carries a user name and password (user:password@). URLs end up in logs and
          browser history, so we never send a credential in one: it belongs in the key field, sent
          as Basic.
        </p>
        <Button
          onClick={() =>
            onFix({
              endpoint: problem.withoutUserinfo,
              key: problem.secret,
              auth: { placement: "basic", name: "" },
            })
          }
        >
          Move it to the key field
        </Button>
      </div>
    );
  }
  if (problem) return <p className={ERROR_CLASS}>Enter a full http:// or https:// URL.</p>;
  return (
    <p className={STATUS_CLASS}>
      {detected
        ? `Recognised: ${detected.name}.`
        : url
          ? "Provider not recognised from the host: a custom API."
          : ""}
    </p>
  );
}
