/**
 * Hostile pastes and upstream answers: every regex and loop on the hot paths must stay
 * linear. No timing thresholds (the bench measures speed); a catastrophic regex would run
 * for minutes, which the generous per-test timeout turns into a failure. The finding list
 * must also stay readable: thousands of identical rows would drown the key field.
 */

import { describe, expect, it } from "vitest";
import { inspectKey } from "@/lib/inspect";
import { MAX_PER_KIND } from "@/lib/inspect/capped-findings";
import {
  detectLayer,
  parseChallenges,
  providersForKey,
  truncatedFormatsForKey,
} from "@/lib/providers";

const KEY_SIZE = 8 * 1024;
const BODY_SIZE = 64 * 1024;
const TIMEOUT_MS = 20_000;

const repeat = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const UNITS: [name: string, unit: string][] = [
  ["Bearer Bearer …", "Bearer "],
  ["BearerBearer (no space)", "Bearer"],
  ["token<TAB>", "token\t"],
  ["xxxx…", "x"],
  ["XXXX…", "X"],
  ["${${${", "${"],
  ["{{{{", "{"],
  ["$a$a", "$a"],
  ["%%%%", "%"],
  ["%A%A", "%A"],
  ['""""', '"'],
  ["smart quotes", "\u201c"],
  ['",",', '",'],
  ["spaces", " "],
  ["a=a=", "a="],
  ["a:a:", "a:"],
  ["a: a: ", "a: "],
  ['"a": ', '"a": '],
  ['{"a":', '{"a":'],
  ["-H -H", "-H "],
  ["export export", "export "],
  ["Authorization: ", "Authorization: "],
  ["....", "."],
  ["****", "*"],
  ["……", "\u2026"],
  ["your-your-", "your-"],
  ["process.env.", "process.env."],
  ["http://", "http://"],
  ["a + ZWSP", "a\u200b"],
  ["a + Cyrillic a", "a\u0430"],
  ["lone surrogates", "\ud83d"],
  ["control chars", "\u0001"],
  ["CR LF", "\r\n"],
  ["eyJ.", "eyJ."],
  ["====", "="],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal variable is the point.
  ["mixed", 'Bearer "${x}" %A% ... *** xxxx '],
];

describe("adversarial input stays linear and readable", () => {
  it.each(UNITS)(
    "inspectKey, providersForKey, truncatedFormatsForKey on 8 KB of %s",
    (_name, unit) => {
      const paste = repeat(unit, KEY_SIZE);
      for (const s of [paste, ` sk-proj-${paste}\n`, `"${paste}"`]) {
        const inspection = inspectKey(s);
        // At most MAX_PER_KIND findings of a kind plus one "N more like this" row.
        const perKind = new Map<string, number>();
        for (const f of inspection.findings) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
        for (const [kind, count] of perKind) {
          expect(count, kind).toBeLessThanOrEqual(MAX_PER_KIND + 1);
        }
        expect(Array.isArray(providersForKey(inspection.cleaned))).toBe(true);
        expect(Array.isArray(truncatedFormatsForKey(inspection.cleaned))).toBe(true);
      }
    },
    TIMEOUT_MS,
  );

  it.each(UNITS)(
    "parseChallenges and detectLayer on 64 KB of %s",
    (_name, unit) => {
      const big = repeat(unit, BODY_SIZE);
      expect(Array.isArray(parseChallenges([big, `Bearer ${big}`, `Basic realm="${big}`]))).toBe(
        true,
      );
      const headerSets: Record<string, string>[] = [
        { "www-authenticate": big, server: big, via: big, location: big, "set-cookie": big },
        { "content-type": "text/html", server: "kong/3.6.1", "x-amzn-errortype": big },
      ];
      for (const headers of headerSets) {
        for (const body of [big, `<html>${big}`, `{"message":"${big}"}`, `error code: ${big}`]) {
          const match = detectLayer({ status: 401, headers, body });
          expect(match.confidence).toBeGreaterThanOrEqual(0);
          expect(match.confidence).toBeLessThanOrEqual(1);
        }
      }
    },
    TIMEOUT_MS,
  );
});
