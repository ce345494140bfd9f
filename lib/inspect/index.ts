export { type FingerprintMatch, fingerprintKey, judgeFingerprint } from "./fingerprint";
export { inspectKey } from "./inspect-key";
export type {
  Finding,
  FindingKind,
  Inspection,
  JwtInfo,
  JwtJudgement,
  KeySummary,
  Severity,
} from "./inspection";
export { decodeJwt } from "./jwt";
export { judgeJwt } from "./jwt-judge";
export { previewKey } from "./preview";
export {
  type FullKeySummary,
  isGuessableKey,
  MIN_SUMMARIZED_LENGTH,
  reportKeySummary,
  summarizeKey,
} from "./summarize";
