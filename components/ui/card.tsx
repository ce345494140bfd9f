import type { HTMLAttributes } from "react";

/** A bordered box for a group of related content. */
export function Card({ className = "", ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={`rounded-lg border border-zinc-300 p-4 dark:border-zinc-700 ${className}`}
      {...props}
    />
  );
}
