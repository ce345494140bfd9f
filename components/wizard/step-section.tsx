"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";

/** Enter in a one-line text field goes to the next step, as it would submit a form. */
function enterGoesOn(onEnter: (() => void) | undefined) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const t = e.target;
    if (!onEnter || e.key !== "Enter" || e.nativeEvent.isComposing) return;
    if (t instanceof HTMLInputElement && /^(text|url|search|email|tel|)$/.test(t.type)) {
      e.preventDefault();
      onEnter();
    }
  };
}

/**
 * One wizard step. When the step changes, focus moves to its heading so keyboard and
 * screen-reader users start reading the new step instead of a vanished button.
 */
export function StepSection({
  number,
  title,
  intro,
  focusOnMount,
  onEnter,
  children,
}: {
  number: number;
  title: string;
  intro?: ReactNode;
  focusOnMount: boolean;
  /** What Enter in a one-line field does: the step's Next. */
  onEnter?: () => void;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const id = `step-${number}-title`;
  return (
    <section
      aria-labelledby={id}
      onKeyDown={enterGoesOn(onEnter)}
      className="flex flex-col gap-5 rounded-lg border border-zinc-300 p-4 sm:p-6 dark:border-zinc-700"
    >
      <div className="flex flex-col gap-1">
        <h2 id={id} ref={heading} tabIndex={-1} className="text-xl font-semibold">
          Step {number}: {title}
        </h2>
        {intro ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
