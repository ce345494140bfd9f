import { AI_FORMATS } from "./ai";
import { CLOUD_FORMATS } from "./cloud";
import { COMMS_FORMATS } from "./comms";
import { DATA_FORMATS } from "./data";
import { DEVTOOLS_FORMATS } from "./devtools";
import { PAYMENTS_FORMATS } from "./payments";
import { SECURITY_FORMATS } from "./security";
import type { KeyFormatEntry } from "./types";
import { VCS_FORMATS } from "./vcs";

/**
 * Every registry format, by family. Plain data like the provider catalog: the tests
 * validate it (anchored patterns that compile, unique ids, an example per format that
 * only its own entry claims).
 */
export const KEY_FORMATS: readonly KeyFormatEntry[] = [
  ...AI_FORMATS,
  ...CLOUD_FORMATS,
  ...VCS_FORMATS,
  ...PAYMENTS_FORMATS,
  ...COMMS_FORMATS,
  ...DEVTOOLS_FORMATS,
  ...SECURITY_FORMATS,
  ...DATA_FORMATS,
];
