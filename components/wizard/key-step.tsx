"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Inspection } from "@/lib/inspect/inspection";
import type { Provider } from "@/lib/providers";
import { AuthPlacementControl } from "./auth-placement";
import { FindingsList } from "./findings-list";
import { FormatCheck } from "./format-check";
import { JwtPanel } from "./jwt-panel";
import { KeyField } from "./key-field";
import { KeyLine } from "./key-line";
import { MAX_KEY_CHARS } from "./limits";
import { PlacementSuggestion } from "./placement-suggestion";
import { StepNav } from "./step-nav";
import { StepSection } from "./step-section";
import type { Draft, UpdateDraft } from "./wizard-state";

export function KeyStep({
  draft,
  update,
  provider,
  inspection,
  focusOnMount,
  onBack,
  onNext,
  onRerun,
}: {
  draft: Draft;
  update: UpdateDraft;
  provider: Provider | undefined;
  inspection: Inspection;
  focusOnMount: boolean;
  onBack: () => void;
  onNext: () => void;
  /** After a report: test the edited key again without walking through the other steps. */
  onRerun?: () => void;
}) {
  const [revealed, setRevealed] = useState(false);
  const tooLong = draft.key.length > MAX_KEY_CHARS;
  return (
    <StepSection
      number={2}
      title="Key"
      focusOnMount={focusOnMount}
      onEnter={() => {
        if (draft.key !== "" && !tooLong) onNext();
      }}
      intro="Paste the key exactly as your code sends it. Hidden characters show up below as markers."
    >
      <KeyField
        value={draft.key}
        onChange={(key) => update({ key })}
        revealed={revealed}
        onToggle={() => setRevealed((r) => !r)}
        onEnter={() => {
          if (draft.key !== "" && !tooLong) onNext();
        }}
      />
      {tooLong ? (
        <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
          This is {draft.key.length.toLocaleString("en")} characters; a key can be at most{" "}
          {MAX_KEY_CHARS.toLocaleString("en")}. Did a whole file or a log get pasted? Paste the key
          only.
        </p>
      ) : null}
      <KeyLine raw={draft.key} findings={inspection.findings} revealed={revealed} />
      <FindingsList findings={inspection.findings} empty={draft.key === ""} />
      {inspection.jwt ? <JwtPanel jwt={inspection.jwt} /> : null}
      <FormatCheck keyText={draft.key} provider={provider} />
      {draft.endpoint.trim() ? (
        <PlacementSuggestion draft={draft} update={update} provider={provider} />
      ) : null}
      {draft.endpoint.trim() ? (
        <AuthPlacementControl draft={draft} update={update} provider={provider} />
      ) : null}
      <StepNav
        onBack={onBack}
        onNext={onNext}
        nextDisabled={draft.key === "" || tooLong}
        nextLabel="Next: environment"
        extra={
          onRerun ? (
            <Button onClick={onRerun} disabled={draft.key === "" || tooLong}>
              Re-run with this key
            </Button>
          ) : null
        }
      />
    </StepSection>
  );
}
