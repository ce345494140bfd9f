import { describe, expect, it } from "vitest";
import { CharClass, classOf, isRemovable, NOTABLE, REMOVABLE } from "@/lib/inspect/char-classes";

function matches(re: RegExp, char: string): boolean {
  re.lastIndex = 0;
  return re.test(char);
}

/** The hand-written fast-path regexes must agree with the lookup table on every code unit. */
describe("fast-path regexes", () => {
  it("NOTABLE matches exactly the code units that are not plain", () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (matches(NOTABLE, char) !== (classOf(code) !== CharClass.plain)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it("REMOVABLE matches exactly the removable code units", () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (matches(REMOVABLE, char) !== isRemovable(code)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});

describe("regex state", () => {
  it("no inspect module exports a global or sticky regex, whose lastIndex would be shared", async () => {
    const modules = [
      await import("@/lib/inspect/char-classes"),
      await import("@/lib/inspect/shape-patterns"),
    ];
    const stateful = modules.flatMap((m) =>
      Object.entries(m).filter(([, v]) => v instanceof RegExp && /[gy]/.test(v.flags)),
    );
    expect(stateful.map(([name]) => name)).toEqual([]);
  });
});
