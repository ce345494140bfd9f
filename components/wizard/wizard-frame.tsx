const WIZARD_STEPS = [
  { id: "endpoint", title: "Endpoint", hint: "Which URL answers 401?" },
  { id: "key", title: "Key", hint: "Hidden characters, prefixes, expiry" },
  { id: "environment", title: "Environment", hint: "Is the running process using this key?" },
  { id: "test", title: "Test", hint: "Real requests from our server" },
  { id: "report", title: "Report", hint: "The cause, the evidence, the fix" },
] as const;

export type WizardStepId = (typeof WIZARD_STEPS)[number]["id"];

export function isStepId(value: unknown): value is WizardStepId {
  return WIZARD_STEPS.some((s) => s.id === value);
}

export function stepIndex(id: WizardStepId): number {
  return WIZARD_STEPS.findIndex((s) => s.id === id);
}

/**
 * The five-step rail of the wizard. Steps already visited are buttons: going back to change
 * one thing should not mean clicking Back three times.
 */
export function WizardSteps({
  current,
  canVisit,
  onSelect,
}: {
  current: WizardStepId;
  canVisit: (id: WizardStepId) => boolean;
  onSelect: (id: WizardStepId) => void;
}) {
  const currentIndex = stepIndex(current);
  return (
    <nav aria-label="Checklist steps">
      <ol className="grid grid-cols-5 gap-1 text-xs sm:gap-2 sm:text-sm">
        {WIZARD_STEPS.map((step, i) => {
          const state = i < currentIndex ? "done" : i === currentIndex ? "current" : "todo";
          const label = (
            <>
              {/* At phone width five titles do not fit side by side: numbers only, and the
                  current step spelled out under the rail. */}
              <span className="block">
                {i + 1}
                <span className="hidden sm:inline">. {step.title}</span>
                <span className="sr-only sm:hidden"> {step.title}</span>
              </span>
              <span className="hidden text-zinc-600 sm:block dark:text-zinc-400">{step.hint}</span>
            </>
          );
          return (
            <li
              key={step.id}
              aria-current={state === "current" ? "step" : undefined}
              data-step={step.id}
              className={`rounded-md border-t-4 ${
                state === "current"
                  ? "border-blue-600 font-semibold dark:border-blue-400"
                  : canVisit(step.id)
                    ? "border-emerald-600 dark:border-emerald-500"
                    : "border-zinc-300 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
              }`}
            >
              {state !== "current" && canVisit(step.id) ? (
                <button
                  type="button"
                  onClick={() => onSelect(step.id)}
                  className="block min-h-10 w-full rounded-b-md pt-2 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800"
                >
                  {label}
                </button>
              ) : (
                <span className="block pt-2">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
