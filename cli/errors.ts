/**
 * The command line's own errors (exit 2), in the API's `{ error: { code, message } }` shape
 * under --json. Messages never quote an argument's value: it may be the key.
 */
type CliErrorCode =
  | "usage"
  | "key_on_command_line"
  | "variable_missing"
  | "ci_secret_missing"
  | "stdin_unusable"
  | "target_not_allowed";

export interface CliError {
  code: CliErrorCode;
  message: string;
}

export const EXIT = { works: 0, cause: 1, usage: 2, unreachable: 3 } as const;
