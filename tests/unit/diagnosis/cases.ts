/**
 * The table: realistic situations, each with the cause a person should see first.
 * Built from recorded provider and gateway answers (tests/fixtures/answers.ts) and the
 * inline ones; at least three rows per cause id.
 */

import type { CauseId } from "@/lib/diagnosis/cause-ids";
import type { EvidenceSpec } from "./build-evidence";
import { KEY_IDENTITY_CASES } from "./case-families/key-identity";
import { KEY_PASTE_CASES } from "./case-families/key-paste";
import { LAYER_CASES } from "./case-families/layers";
import { OUTCOME_CASES } from "./case-families/outcomes";
import { PLACEMENT_AND_PATH_CASES } from "./case-families/placement-and-path";

export interface Case {
  name: string;
  spec: EvidenceSpec;
  top: CauseId;
  /** The runner-up, where the ranking should be certain. */
  second?: CauseId;
  /** Text the top cause's fix must mention (provider header, key page…). */
  fix?: RegExp;
  headline?: RegExp;
}

/** Every case, by cause family (./case-families), in cause-id order. */
export const CASES: Case[] = [
  ...KEY_PASTE_CASES,
  ...KEY_IDENTITY_CASES,
  ...PLACEMENT_AND_PATH_CASES,
  ...LAYER_CASES,
  ...OUTCOME_CASES,
];
