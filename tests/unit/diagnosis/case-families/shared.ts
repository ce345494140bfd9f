import { NOW } from "../build-evidence";
import { hex } from "../keys";

/** The fixed clock in seconds, for JWT claims. */
export const S = Math.floor(NOW / 1000);
export const DAY = 86_400;
export const fp = (n: number) => `sha256:${hex(8, n)}`;
