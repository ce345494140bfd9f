"use client";

import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field-label";

/**
 * The key input. A textarea, not an <input>: an input silently strips CR/LF on paste, which
 * would hide the very line break we want to show. Masked with CSS text-security instead of
 * type=password, so browsers and password managers never offer to save it.
 */
export function KeyField({
  value,
  onChange,
  revealed,
  onToggle,
  onEnter,
}: {
  value: string;
  onChange: (value: string) => void;
  revealed: boolean;
  onToggle: () => void;
  onEnter?: () => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="api-key" className="block text-sm font-medium">
        API key or token
      </label>
      <div className="flex items-start gap-2">
        <textarea
          id="api-key"
          name="why401-probe-key"
          rows={2}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            // A typed Enter means "next", never part of the key; a pasted line break arrives as
            // input, not as a key press, so it is kept (it is what this step is there to find).
            if (e.key === "Enter" && !e.nativeEvent.isComposing) {
              e.preventDefault();
              onEnter?.();
            }
          }}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          data-1p-ignore=""
          data-lpignore="true"
          data-bwignore=""
          data-form-type="other"
          aria-describedby="api-key-help"
          className={`${INPUT_CLASS} max-h-40 resize-y font-mono break-all ${revealed ? "" : "key-masked"}`}
        />
        <Button
          onClick={onToggle}
          aria-pressed={revealed}
          aria-controls="api-key"
          className="shrink-0"
        >
          {revealed ? "Hide" : "Show"}
        </Button>
      </div>
      <p id="api-key-help" className="text-sm text-zinc-700 dark:text-zinc-300">
        Checked in this browser as you type; nothing is sent until step 4. A redacted key (sk-…abcd)
        works too: then we inspect it only.
      </p>
    </div>
  );
}
