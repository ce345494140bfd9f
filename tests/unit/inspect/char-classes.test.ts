import { describe, expect, it } from "vitest";
import {
  CharClass,
  classOf,
  isRemovable,
  NOTABLE_G,
  REMOVABLE_G,
} from "@/lib/inspect/char-classes";

function matches(re: RegExp, char: string): boolean {
  re.lastIndex = 0;
  return re.test(char);
}

/** The hand-written fast-path regexes must agree with the lookup table on every code unit. */
describe("fast-path regexes", () => {
  it("NOTABLE_G matches exactly the code units that are not plain", () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (matches(NOTABLE_G, char) !== (classOf(code) !== CharClass.plain)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it("REMOVABLE_G matches exactly the removable code units", () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (matches(REMOVABLE_G, char) !== isRemovable(code)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
