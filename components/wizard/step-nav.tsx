import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** Back / next buttons at the foot of a step. Buttons, not a form: nothing is ever submitted. */
export function StepNav({
  onBack,
  onNext,
  nextLabel = "Next",
  nextDisabled,
  extra,
}: {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  extra?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {onBack ? <Button onClick={onBack}>Back</Button> : null}
      {onNext ? (
        <Button variant="primary" onClick={onNext} disabled={nextDisabled}>
          {nextLabel}
        </Button>
      ) : null}
      {extra}
    </div>
  );
}
