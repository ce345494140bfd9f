import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

// The diagnosis runs in the browser too: no Node, Next or React module, and no clock.
describe("lib/diagnosis is pure", () => {
  it.each(
    files(join(process.cwd(), "lib/diagnosis")).map((f) => [f.slice(process.cwd().length + 1), f]),
  )("%s", (_name, path) => {
    const src = readFileSync(path, "utf8");
    expect(src).not.toMatch(/from "(node:|next|react|server-only)/);
    expect(src).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(/);
    expect(src).not.toMatch(/console\./);
  });
});
