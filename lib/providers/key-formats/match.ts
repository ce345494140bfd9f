import type { ProviderId } from "../ids";
import { providersForKey } from "../keys";
import { getProvider } from "../lookup";
import type { KeyFormat, KeyKind } from "../schema";
import { literalPrefix } from "./prefix";
import { KEY_FORMATS } from "./registry";
import type { Certainty, KeyFormatEntry } from "./types";

/** A key format the key fits, from the provider catalog or the key-format registry. */
export interface KeyMatch {
  formatId: string;
  /** The service's display name: "Shopify", "OpenAI". */
  service: string;
  /** A phrase with its article, for a sentence: "a Shopify Admin API access token (shpat_…)". */
  description: string;
  /** A caution to say after it: "the ID, not the secret". */
  note?: string;
  certainty: Certainty;
  /** The catalog provider the format belongs to, when there is one. */
  providerId?: ProviderId;
  /** The catalog's kind of key (catalog formats only). */
  keyKind?: KeyKind;
  /** The format's fixed start ("shpat_"), "" when it has none. Format text, never key text. */
  prefix: string;
  source: "catalog" | "registry";
}

interface Compiled {
  entry: KeyFormatEntry;
  regex: RegExp;
  prefix: string;
  description: string;
}

function articleFor(entry: KeyFormatEntry): string {
  if (entry.article) return entry.article;
  return /^[aeiou]/i.test(entry.service) ? "an" : "a";
}

function compile(entry: KeyFormatEntry): Compiled {
  const prefix = literalPrefix(entry.pattern);
  // A long run of one character (X's 22 "A"s) is shown cut: it is a shape, not a word.
  const visible = prefix.length > 16 ? prefix.slice(0, 8) : prefix;
  const shown = prefix.length >= 3 ? ` (${visible}…)` : "";
  return {
    entry,
    regex: new RegExp(entry.pattern),
    prefix,
    description: `${articleFor(entry)} ${entry.service} ${entry.kind}${shown}`,
  };
}

const COMPILED = KEY_FORMATS.map(compile);

// Formats bucketed by the first character of their fixed start, so a key is tested only
// against the few formats it could be: about a dozen regexes instead of two hundred.
const BY_FIRST = new Map<string, Compiled[]>();
const UNPREFIXED: Compiled[] = [];
for (const c of COMPILED) {
  if (c.prefix === "") {
    UNPREFIXED.push(c);
  } else {
    const bucket = BY_FIRST.get(c.prefix[0]!) ?? [];
    bucket.push(c);
    BY_FIRST.set(c.prefix[0]!, bucket);
  }
}

const CERTAINTY_RANK: Record<Certainty, number> = { exact: 2, likely: 1, possible: 0 };

/** The registry formats the key fits (no catalog formats), most certain first. */
export function registryMatches(key: string): KeyMatch[] {
  if (key === "") return [];
  const candidates = [...(BY_FIRST.get(key[0]!) ?? []), ...UNPREFIXED];
  const out: KeyMatch[] = [];
  for (const c of candidates) {
    if (!key.startsWith(c.prefix) || !c.regex.test(key)) continue;
    const match: KeyMatch = {
      formatId: c.entry.id,
      service: c.entry.service,
      description: c.description,
      certainty: c.entry.certainty,
      prefix: c.prefix,
      source: "registry",
    };
    if (c.entry.note) match.note = c.entry.note;
    if (c.entry.provider) match.providerId = c.entry.provider;
    out.push(match);
  }
  return out;
}

/**
 * How sure a catalog format is: a prefix of 3 or more characters (sk-ant-, ghp_) is
 * exact, a 2-letter one (Twilio AC/SK) likely, and a bare shape (Mistral's 32 letters
 * and digits, Datadog's 32 hex) only possible.
 */
function catalogCertainty(format: KeyFormat): Certainty {
  const prefix = format.prefix ?? "";
  if (prefix.length >= 3) return "exact";
  return prefix.length > 0 ? "likely" : "possible";
}

/**
 * Every known format the key fits: the provider catalog's and the registry's, most
 * certain first. A bare shape (`possible`) is kept only for the endpoint's own provider,
 * so 32 letters and digits "could be Mistral" on Mistral's host and claim nothing
 * elsewhere. The one lookup the rules and the wizard use.
 */
export function recognizeKey(key: string, endpointProvider?: ProviderId): KeyMatch[] {
  const catalog: KeyMatch[] = [];
  for (const m of providersForKey(key)) {
    if (m.providerId === "custom") continue;
    const provider = getProvider(m.providerId);
    const format = provider.keyFormats.find((f) => f.id === m.formatId);
    if (!format) continue;
    const certainty = catalogCertainty(format);
    if (certainty === "possible" && m.providerId !== endpointProvider) continue;
    catalog.push({
      formatId: format.id,
      service: provider.name,
      description: format.description,
      certainty,
      providerId: provider.id,
      keyKind: format.kind,
      prefix: format.prefix ?? "",
      source: "catalog",
    });
  }
  const all = [...catalog, ...registryMatches(key)];
  // Stable: within one certainty the catalog (which ranks its own formats) comes first,
  // then a longer fixed start before a shorter one.
  return all
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        CERTAINTY_RANK[b.m.certainty] - CERTAINTY_RANK[a.m.certainty] ||
        (a.m.source === b.m.source ? 0 : a.m.source === "catalog" ? -1 : 1) ||
        b.m.prefix.length - a.m.prefix.length ||
        a.i - b.i,
    )
    .map(({ m }) => m);
}

/** The key's best match as a sentence fragment for the key summary, or undefined. */
export function keyLooksLike(
  key: string,
  endpointProvider?: ProviderId,
): { service: string; description: string; certainty: Certainty } | undefined {
  const best = recognizeKey(key, endpointProvider)[0];
  if (!best) return undefined;
  const description = best.note ? `${best.description}: ${best.note}` : best.description;
  return { service: best.service, description, certainty: best.certainty };
}

/** How many formats the registry knows (the catalog's own formats come on top). */
export const REGISTRY_SIZE = KEY_FORMATS.length;
