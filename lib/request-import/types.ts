import type { HttpMethod } from "../probe/diagnose-input";
import type { AuthPlacement } from "../providers";

export type ImportFormat = "curl" | "http" | "fetch";

/** Where the credential was found, and where it goes on the wizard's request. */
export interface ImportedCredential {
  /** The key itself; empty when the command holds a shell variable instead of a value. */
  value: string;
  /** The shell variable that stood where the key should be (`OPENAI_API_KEY`). */
  variable?: string;
  placement: AuthPlacement;
  /** Header or query parameter name for `header` / `query`. */
  name?: string;
  /** Where it was found, for the summary: "Authorization header", "-u", "query parameter key". */
  from: string;
}

/** A pasted request, taken apart. Nothing in here has been sent anywhere. */
export interface ImportedRequest {
  format: ImportFormat;
  url: string;
  method: HttpMethod;
  /** Extra headers in their order; the credential's header is not among them. */
  headers: [name: string, value: string][];
  body?: string;
  credential?: ImportedCredential;
  /** Shell variables left unexpanded (`$API_KEY`, `${BASE}`), by name, each once. */
  variables: string[];
  /** Sentences about what was left out or could not be reproduced. */
  notes: string[];
}

export type ImportResult = { ok: true; request: ImportedRequest } | { ok: false; error: string };
