import type { ProviderId } from "./ids";
import { PROVIDERS } from "./lookup";
import type { KeyFormat, KeyKind } from "./schema";

export interface KeyFormatMatch {
  providerId: ProviderId;
  keyKind: KeyKind;
  formatId: string;
  /** The format has a distinctive prefix (sk-ant-, ghp_…), as opposed to bare hex or alphanumerics. */
  specific: boolean;
}

export interface TruncatedFormat {
  providerId: ProviderId;
  formatId: string;
  expectedMin: number;
}

interface CompiledFormat {
  providerId: ProviderId;
  format: KeyFormat;
  regex: RegExp;
  rank: number;
}

// A 2-character prefix (Twilio AC/SK) is too common in ordinary words to call a short
// string a truncated key.
const MIN_TRUNCATION_PREFIX = 3;

const COMPILED: CompiledFormat[] = PROVIDERS.flatMap((p) =>
  p.keyFormats.map((format) => ({
    providerId: p.id,
    format,
    regex: new RegExp(format.pattern),
    rank: format.specificity ?? (format.prefix ? 50 + format.prefix.length : 10),
  })),
);

/** Drops a match whose prefix is a proper prefix of another match's (sk- under sk-proj-). */
function withoutShadowed<T extends { format: KeyFormat }>(matches: T[]): T[] {
  return matches.filter(
    (m) =>
      !matches.some(
        (o) =>
          o !== m &&
          o.format.prefix !== undefined &&
          m.format.prefix !== undefined &&
          o.format.prefix.length > m.format.prefix.length &&
          o.format.prefix.startsWith(m.format.prefix),
      ),
  );
}

/**
 * Which providers' key formats this key fits, most specific first. A generic format
 * (bare hex or alphanumerics: Mistral, Cohere, Datadog…) never claims a key that a
 * prefixed format claims, so a 40-character `ghp_` token is GitHub's, not Cloudflare's.
 */
export function providersForKey(key: string): KeyFormatMatch[] {
  const matches = withoutShadowed(COMPILED.filter((c) => c.regex.test(key)));
  const anySpecific = matches.some((m) => m.format.prefix !== undefined);
  return matches
    .filter((m) => !anySpecific || m.format.prefix !== undefined)
    .sort((a, b) => b.rank - a.rank)
    .map((m) => ({
      providerId: m.providerId,
      keyKind: m.format.kind,
      formatId: m.format.id,
      specific: m.format.prefix !== undefined,
    }));
}

/**
 * The key runs past `prefix` through a whole segment of another format's longer prefix
 * ("sk-ant-x…" covers "sk-ant-" of "sk-ant-api03-"): it is not a cut key of the shorter
 * format. A partial segment ("sk-a…" against "sk-admin-") does not count.
 */
function headsForLongerPrefix(key: string, prefix: string): boolean {
  return COMPILED.some((o) => {
    const longer = o.format.prefix;
    if (longer === undefined || longer.length <= prefix.length || !longer.startsWith(prefix)) {
      return false;
    }
    const rest = longer.slice(prefix.length);
    const separator = rest.search(/[-_.]/);
    const segmentEnd = prefix.length + (separator === -1 ? rest.length : separator + 1);
    return key.length >= segmentEnd && key.slice(0, segmentEnd) === longer.slice(0, segmentEnd);
  });
}

/** Formats whose distinctive prefix the key starts with, while the key is shorter than they allow. */
export function truncatedFormatsForKey(key: string): TruncatedFormat[] {
  if (providersForKey(key).some((m) => m.specific)) return [];
  const started = COMPILED.filter(
    (c) =>
      c.format.prefix !== undefined &&
      c.format.prefix.length >= MIN_TRUNCATION_PREFIX &&
      key.startsWith(c.format.prefix),
  );
  // Shadow before the length test: "sk-proj-" alone is no cut legacy "sk-" key either.
  return withoutShadowed(started)
    .filter((c) => !headsForLongerPrefix(key, c.format.prefix ?? ""))
    .filter((c) => key.length > (c.format.prefix?.length ?? 0) && key.length < c.format.minLength)
    .sort((a, b) => b.rank - a.rank || a.format.minLength - b.format.minLength)
    .map((c) => ({
      providerId: c.providerId,
      formatId: c.format.id,
      expectedMin: c.format.minLength,
    }));
}
