"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { INPUT_CLASS } from "@/components/ui/field-label";
import { LocalTime } from "@/components/ui/local-time";

/** The created link, its expiry, and the one place the delete token is ever shown. */
export function CreatedLink({
  link,
  expiresAt,
  deleteToken,
  deleting,
  error,
  onDelete,
  onClose,
}: {
  link: string;
  expiresAt: string;
  deleteToken: string;
  deleting: boolean;
  error?: string;
  onDelete: () => void;
  onClose: () => void;
}) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={inputId} className="text-sm font-medium">
        Link (anyone with it can read the report until it expires)
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          ref={inputRef}
          readOnly
          value={link}
          data-testid="share-link"
          className={`${INPUT_CLASS} font-mono`}
        />
        <CopyButton text={link} label="Copy the share link" />
      </div>
      <p className="text-sm">
        Expires <LocalTime iso={expiresAt} />.
      </p>
      <details className="text-sm">
        <summary>Delete token (shown only here, only now)</summary>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          This tab remembers it until you close or reload it. To delete the link later from
          elsewhere, keep it and send <code>DELETE /api/shares/&lt;id&gt;</code> with{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>.
        </p>
        <code className="mt-1 block break-all font-mono text-xs">{deleteToken}</code>
      </details>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={onDelete} disabled={deleting}>
          {deleting ? "Deleting…" : "Delete link"}
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
    </div>
  );
}
