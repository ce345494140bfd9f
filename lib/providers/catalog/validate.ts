import { z } from "zod";
import { PROVIDER_IDS } from "../ids";
import { providerSchema } from "../schema";

const compiles = (source: string, flags = ""): boolean => {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
};

/**
 * Cross-field checks a per-entry schema cannot express. The catalog test and the build's
 * catalog check (scripts/check-catalog.ts) parse the catalog with this schema, so a bad
 * entry fails them instead of misdiagnosing someone's key; nothing parses it at import.
 */
export const catalogSchema = z.array(providerSchema).superRefine((providers, ctx) => {
  const issue = (message: string) => ctx.addIssue({ code: "custom", message });
  const ids = providers.map((p) => p.id);
  for (const id of PROVIDER_IDS) {
    if (ids.filter((x) => x === id).length !== 1) issue(`provider ${id} must appear exactly once`);
  }
  const formatIds = new Set<string>();
  for (const p of providers) {
    for (const f of p.keyFormats) {
      const where = `${p.id}/${f.id}`;
      if (formatIds.has(f.id)) issue(`${where}: duplicate key format id`);
      formatIds.add(f.id);
      if (!compiles(f.pattern)) issue(`${where}: pattern does not compile`);
      if (f.minLength > f.maxLength) issue(`${where}: minLength > maxLength`);
      if (f.prefix !== undefined) {
        if (f.prefix.length >= f.minLength)
          issue(`${where}: prefix must be shorter than minLength`);
        if (!f.pattern.startsWith(`^${f.prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)) {
          issue(`${where}: pattern must start with the prefix`);
        }
      }
    }
    for (const a of p.badKeyAnswers) {
      if (a.bodyPattern !== undefined && !compiles(a.bodyPattern, "i")) {
        issue(`${p.id}: bad-key body pattern ${a.bodyPattern} does not compile`);
      }
    }
    for (const host of p.hosts) {
      if (host !== host.toLowerCase() || /^\*\.?$|\*.+\*/.test(host)) {
        issue(`${p.id}: host ${host} must be lower-case, exact or "*.suffix"`);
      }
    }
  }
});
