"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { CodeLine } from "@/components/ui/code-line";
import { FieldLabel, INPUT_CLASS } from "@/components/ui/field-label";
import { FingerprintCheck } from "./fingerprint-check";
import { fingerprintCommands, isEnvName } from "./fingerprint-commands";
import { StepNav } from "./step-nav";
import { StepSection } from "./step-section";
import type { Draft, UpdateDraft } from "./wizard-state";

export function EnvironmentStep({
  draft,
  update,
  envVar,
  fingerprint,
  length,
  echoSlot,
  focusOnMount,
  onBack,
  onNext,
}: {
  draft: Draft;
  update: UpdateDraft;
  envVar: string;
  fingerprint: string | undefined;
  length: number;
  echoSlot: ReactNode;
  focusOnMount: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const nameOk = isEnvName(envVar);
  // The echo check is a second, longer check: it opens (and loads) on request.
  const [echoOpen, setEchoOpen] = useState(draft.echo !== undefined);
  return (
    <StepSection
      onEnter={onNext}
      number={3}
      title="Environment (optional)"
      focusOnMount={focusOnMount}
      intro="Is the running process really using this key? Compare fingerprints: a fingerprint proves a match without showing the key. Optional: skip it if you are sure."
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Fingerprint</dt>
        <dd className="font-mono" data-testid="fingerprint">
          {fingerprint ?? "computing…"}
        </dd>
        <dt className="font-medium">Length</dt>
        <dd>{length} characters</dd>
      </dl>
      <div className="flex flex-col gap-1">
        <FieldLabel htmlFor="env-var">Environment variable</FieldLabel>
        <input
          id="env-var"
          value={envVar}
          onChange={(e) => update({ envVar: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={!nameOk}
          aria-describedby="env-var-help"
          className={`${INPUT_CLASS} font-mono sm:w-72`}
        />
        <p id="env-var-help" className="text-sm text-zinc-700 dark:text-zinc-300">
          {nameOk
            ? "Run one of these where your app runs; each prints the first 8 hex digits of SHA-256 of the variable."
            : "Letters, digits and _ only; the commands use API_KEY meanwhile."}
        </p>
      </div>
      <ul className="flex flex-col gap-3">
        {fingerprintCommands(envVar).map((c) => (
          <li key={c.id} className="flex flex-col gap-1">
            <span className="text-sm font-medium">{c.label}</span>
            <CodeLine
              code={c.command}
              label={c.label}
              onCopy={() => update({ printedSource: c.id })}
            />
          </li>
        ))}
      </ul>
      <FingerprintCheck
        printed={draft.printed}
        fingerprint={fingerprint}
        onChange={(printed) => update({ printed })}
      />
      <div className="flex flex-col items-start gap-2">
        <Button
          variant="ghost"
          aria-expanded={echoOpen}
          aria-controls="echo-check"
          onClick={() => setEchoOpen((o) => !o)}
          className="px-0"
        >
          {echoOpen ? "Hide the echo check" : "Check what your app really sends (echo check)"}
        </Button>
        <div id="echo-check" hidden={!echoOpen} className="w-full">
          {echoOpen ? echoSlot : null}
        </div>
      </div>
      <StepNav
        onBack={onBack}
        onNext={onNext}
        nextLabel="Next: test"
        extra={
          draft.printed ? null : (
            <Button variant="ghost" onClick={onNext}>
              Skip this step
            </Button>
          )
        }
      />
    </StepSection>
  );
}
