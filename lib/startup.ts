import "server-only";
import { parseConfig } from "./config";
import { ENTRIES } from "./providers/catalog";
import { catalogSchema } from "./providers/catalog/validate";

/** Start-up check: one clear line naming the variable and what it accepts, then exit 1. */
export function validateConfigOrExit(): void {
  const result = parseConfig(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  // The browser uses the catalog as plain data; the server checks it once before serving.
  const catalog = catalogSchema.safeParse(ENTRIES);
  if (!catalog.success) {
    console.error("why401: the provider catalog is invalid (run npm test for details)");
    process.exit(1);
  }
}
