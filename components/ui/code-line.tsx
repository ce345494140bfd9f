import { CopyButton } from "./copy-button";

/** A one-line command with a copy button; long commands wrap rather than scroll the page. */
export function CodeLine({
  code,
  label,
  onCopy,
}: {
  code: string;
  label: string;
  onCopy?: () => void;
}) {
  return (
    <div className="flex items-start gap-2">
      <code className="block min-w-0 flex-1 rounded-md bg-zinc-100 p-2 font-mono text-xs break-all whitespace-pre-wrap text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">
        {code}
      </code>
      <CopyButton text={code} label={`Copy: ${label}`} onCopy={onCopy} />
    </div>
  );
}
