import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "ghost";

const VARIANTS: Record<Variant, string> = {
  primary:
    "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-zinc-400 dark:bg-blue-500 dark:text-zinc-950 dark:hover:bg-blue-400 dark:disabled:bg-zinc-600",
  secondary:
    "border border-zinc-400 bg-white text-zinc-900 hover:bg-zinc-100 disabled:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:disabled:text-zinc-400",
  ghost:
    "text-blue-800 underline-offset-2 hover:underline disabled:text-zinc-500 dark:text-blue-300 dark:disabled:text-zinc-400",
};

/** A button that never submits a form by accident: the key must never ride on a GET form. */
export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
