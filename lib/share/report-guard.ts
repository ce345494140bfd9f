import { z } from "zod";
import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { REPORT_VERSION, type StoredReport } from "@/lib/diagnosis/report";
import { PROVIDER_IDS } from "@/lib/providers";

/**
 * The decrypted value is authenticated (only a key holder could have written it), but it
 * is still data from outside this page: check every part the report view reads before
 * rendering, so a malformed, hand-made or future-version share gives a message, not a
 * crash (`probes: [null]`, an unknown provider, a finding without a position).
 * Objects stay loose: a field the view does not read may be anything. Version-1 shares
 * (before `confirmed` and `ruledOut`) still open: read them with `upgradeReport`.
 */
const text = z.string().max(100_000);
const challenge = z.looseObject({ scheme: text, params: z.record(z.string(), text) });
const layer = z.looseObject({ layer: text, confidence: z.number(), signals: z.array(text) });

const outcome = z.discriminatedUnion("kind", [
  z.looseObject({
    kind: z.literal("response"),
    status: z.number().int(),
    headers: z.record(z.string(), text),
    challenges: z.array(challenge),
    proxyChallenges: z.array(challenge),
    bodyExcerpt: text,
    bodyTruncated: z.boolean(),
    timeMs: z.number(),
    layer,
  }),
  z.looseObject({
    kind: z.literal("error"),
    error: z.looseObject({ kind: text, message: text }),
    timeMs: z.number(),
  }),
]);

const probe = z.looseObject({
  variant: text,
  description: text,
  auth: z.looseObject({ placement: text, name: text.optional() }).optional(),
  outcome,
});

const finding = z.looseObject({
  kind: text,
  index: z.number().int(),
  length: z.number().int(),
  label: text.optional(),
});

const causeV1 = z.looseObject({
  id: z.enum(CAUSE_IDS),
  confidence: z.number(),
  title: text,
  evidence: z.array(text),
  fix: z.array(text),
});

const common = {
  createdAt: text,
  target: z.looseObject({ origin: text, path: text, method: text }).nullable(),
  provider: z
    .looseObject({
      id: z.enum(PROVIDER_IDS),
      name: text,
      source: z.enum(["explicit", "host", "none"]),
    })
    .nullable(),
  key: z.looseObject({
    fingerprint: text.nullable(),
    preview: text.nullable(),
    length: z.number().int(),
    findings: z.array(finding),
  }),
  probes: z.array(probe),
  verdict: z.looseObject({ causeId: z.enum(CAUSE_IDS), headline: text, summary: text }),
};

const reportSchema = z.union([
  z.looseObject({
    ...common,
    version: z.literal(REPORT_VERSION),
    causes: z.array(
      causeV1.extend({
        confirmed: z.boolean(),
        confirmedBy: z.number().int().min(1).optional(),
      }),
    ),
    ruledOut: z.array(z.looseObject({ id: z.enum(CAUSE_IDS), because: text })),
  }),
  z.looseObject({ ...common, version: z.literal(1), causes: z.array(causeV1) }),
]);

export function isShareableReport(value: unknown): value is StoredReport {
  return reportSchema.safeParse(value).success;
}
