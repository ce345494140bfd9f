// Validates the provider catalog before a build: a bad entry stops `npm run build`.
import { ENTRIES } from "../lib/providers/catalog";
import { catalogSchema } from "../lib/providers/catalog/validate";

const result = catalogSchema.safeParse(ENTRIES);
if (!result.success) {
  console.error(`why401: the provider catalog is invalid:\n${result.error.message}`);
  process.exit(1);
}
