/**
 * The confidence scale every rule speaks (docs/diagnosis.md, "Confidence"). A cause's
 * confidence is how often, among the cases where the rules say this much, that cause is
 * the right answer: checked on the evaluation corpus (`npm run eval`, the calibration
 * table). Rules pick a level by the kind of evidence they hold, never a number of their
 * own; NOTCH and NUDGE move a cause within its level.
 */

/** Two independent proofs agree (a request proved it and the user's own environment shows it). */
export const CERTAIN = 0.98;
/** A request of this run proved it (another placement or the cleaned key worked), or the user's environment showed it. */
export const PROVEN = 0.95;
/** The server said it in its own words (a catalog answer, an error code, an RFC 6750 challenge), or the key itself shows it (empty, a placeholder). */
export const SAID = 0.9;
/** One sure sign, not proven by a request: a catalog fact about the key or the answer, a gateway's own fingerprint. */
export const STRONG = 0.85;
/** A clear sign with a plausible rival: generic wording, a challenge that names another scheme. */
export const LIKELY = 0.8;
/** The likelier reading of an ambiguous sign. */
export const PROBABLE = 0.7;
/** The better of two readings the evidence cannot separate, by what is most often true. */
export const LEANING = 0.6;
/** A coin toss: the answer fits this cause as well as another. */
export const EVEN = 0.5;
/** Possible, with a rival reading more likely. */
export const DOUBTFUL = 0.4;
/** A hint worth listing, not worth acting on first. */
export const WEAK = 0.3;
/** Kept only so the report shows it was considered. */
export const FAINT = 0.15;
/** The floor: below it a cause is dropped. */
export const NEGLIGIBLE = 0.05;

/** A second sign that agrees (or a reason to doubt) moves a cause one notch. */
export const NOTCH = 0.05;
/** Breaks a tie between two readings on the same level, towards the likelier. */
export const NUDGE = 0.02;
