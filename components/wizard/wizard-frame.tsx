export const WIZARD_STEPS = [
  { id: "endpoint", title: "Endpoint", hint: "Which URL answers 401?" },
  { id: "key", title: "Key", hint: "Hidden characters, prefixes, expiry" },
  { id: "environment", title: "Environment", hint: "Is the running process using this key?" },
  { id: "test", title: "Test", hint: "Real requests from our server" },
  { id: "report", title: "Report", hint: "The cause, the evidence, the fix" },
] as const;

export type WizardStepId = (typeof WIZARD_STEPS)[number]["id"];

/** The five-step rail of the wizard. */
export function WizardSteps({ current }: { current: WizardStepId }) {
  const currentIndex = WIZARD_STEPS.findIndex((s) => s.id === current);
  return (
    <nav aria-label="Checklist steps">
      <ol className="grid grid-cols-5 gap-1 text-xs sm:gap-2 sm:text-sm">
        {WIZARD_STEPS.map((step, i) => {
          const state = i < currentIndex ? "done" : i === currentIndex ? "current" : "todo";
          return (
            <li
              key={step.id}
              aria-current={state === "current" ? "step" : undefined}
              className={`rounded-md border-t-4 pt-2 ${
                state === "current"
                  ? "border-blue-600 font-semibold dark:border-blue-400"
                  : state === "done"
                    ? "border-emerald-600 dark:border-emerald-500"
                    : "border-zinc-300 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
              }`}
            >
              {/* At phone width five titles do not fit side by side: numbers only, and the
                  current step spelled out under the rail. */}
              <span className="block">
                {i + 1}
                <span className="hidden sm:inline">. {step.title}</span>
                <span className="sr-only sm:hidden"> {step.title}</span>
              </span>
              <span className="hidden text-zinc-600 sm:block dark:text-zinc-400">{step.hint}</span>
            </li>
          );
        })}
      </ol>
      <p className="mt-1 text-sm font-semibold sm:hidden" aria-hidden="true">
        Step {currentIndex + 1} of {WIZARD_STEPS.length}: {WIZARD_STEPS[currentIndex]?.title}
      </p>
    </nav>
  );
}
