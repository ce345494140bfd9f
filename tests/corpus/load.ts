import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { type Case, caseSchema, describeIssues } from "./schema";

export const CASES_DIR = resolve(import.meta.dirname, "cases");

export interface LoadedCorpus {
  cases: Case[];
  /** One entry per file that is not a valid case: the file name and what is wrong. */
  problems: { file: string; message: string }[];
}

/** Every `<id>.json` in the directory, parsed and checked; sorted by id. */
export function loadCorpus(dir: string = CASES_DIR): LoadedCorpus {
  const cases: Case[] = [];
  const problems: LoadedCorpus["problems"] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    files = [];
  }
  for (const file of files.sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      problems.push({ file, message: `not JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = caseSchema.safeParse(data);
    if (!parsed.success) {
      problems.push({ file, message: describeIssues(parsed.error) });
      continue;
    }
    if (parsed.data.id !== basename(file, ".json")) {
      problems.push({ file, message: `id: "${parsed.data.id}" is not the file name` });
      continue;
    }
    cases.push(parsed.data);
  }
  return { cases, problems };
}
