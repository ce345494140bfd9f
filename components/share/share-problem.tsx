export type ShareProblemKind =
  | "not_found"
  | "missing_key"
  | "wrong_key"
  | "unreadable"
  | "unavailable"
  | "no_webcrypto";

const MESSAGES: Record<ShareProblemKind, { title: string; text: string }> = {
  not_found: {
    title: "This share link does not exist or has expired",
    text: "Shared reports last 1, 7 or 30 days, and their creator can delete them sooner. Ask for a new link, or run the check yourself.",
  },
  missing_key: {
    title: "This link is missing its key",
    text: "The part of the link after # (k=…) holds the decryption key; it was cut off. Ask for the complete link.",
  },
  wrong_key: {
    title: "This report cannot be decrypted",
    text: "The decryption key in the link (after #k=) is wrong or incomplete, or the stored report was altered. Ask for the complete link again.",
  },
  unreadable: {
    title: "This report cannot be shown",
    text: "It decrypted, but it is not a report this version of why401 can read.",
  },
  unavailable: {
    title: "The report could not be loaded",
    text: "Check your connection and reload the page.",
  },
  no_webcrypto: {
    title: "This browser cannot decrypt here",
    text: "Decryption needs WebCrypto, which browsers offer only over HTTPS or on localhost.",
  },
};

/** A clear message for every way a share link can fail; never a crash. */
export function ShareProblem({ kind, detail }: { kind: ShareProblemKind; detail?: string }) {
  const m = MESSAGES[kind];
  return (
    <div
      role="alert"
      data-share-state={kind}
      className="flex flex-col gap-2 rounded-lg border border-amber-600 p-4 dark:border-amber-500"
    >
      <h2 className="text-xl font-semibold">{m.title}</h2>
      <p>{m.text}</p>
      {detail ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{detail}</p> : null}
      <p>
        <a href="/" className="font-medium text-blue-800 underline dark:text-blue-300">
          Run your own check
        </a>
      </p>
    </div>
  );
}
