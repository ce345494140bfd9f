"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * One wizard step. When the step changes, focus moves to its heading so keyboard and
 * screen-reader users start reading the new step instead of a vanished button.
 */
export function StepSection({
  number,
  title,
  intro,
  focusOnMount,
  children,
}: {
  number: number;
  title: string;
  intro?: ReactNode;
  focusOnMount: boolean;
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
