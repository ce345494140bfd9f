import "server-only";
import { parseConfig } from "./config";

/** Start-up check: one clear line naming the variable and what it accepts, then exit 1. */
export function validateConfigOrExit(): void {
  const result = parseConfig(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}
