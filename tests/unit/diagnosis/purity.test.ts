import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * The source without string contents and comments, so a fix step that says
 * "process.env.API_KEY?.trim()" or a key page on console.groq.com is not code. Import paths
 * are kept: they are what the first check reads.
 */
function codeOnly(src: string): string {
  return src
    .replace(/(from\s+)?("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)/g, (m, from) =>
      from ? m : '""',
    )
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");
}

// Inspection, the catalog and the diagnosis run in the browser too: no Node, Next or React
// module, no clock and no randomness, so the same paste gives the same report everywhere.
describe.each(["lib/inspect", "lib/providers", "lib/diagnosis", "lib/request-import"])(
  "%s is pure",
  (folder) => {
    it.each(files(join(process.cwd(), folder)).map((f) => [f.slice(process.cwd().length + 1), f]))(
      "%s",
      (_name, path) => {
        const code = codeOnly(readFileSync(path, "utf8"));
        expect(code).not.toMatch(/from "(node:|next|react|server-only)/);
        expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bglobalThis\.process\b/);
        expect(code).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(|Math\.random\(/);
        expect(code).not.toMatch(/\bconsole\./);
      },
    );
  },
);
