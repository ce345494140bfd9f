import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { type Case, caseSchema, describeIssues } from "./schema";

export const CASES_DIR = resolve(import.meta.dirname, "cases");

export interface LoadedCorpus {
  cases: Case[];
  /** One entry per file that is not a valid case: the file name and what is wrong. */
  problems: { file: string; message: string }[];
}

/**
 * V8's JSON errors can quote the text around the fault ("Unexpected token 's', "{"key":
 * sk-pr"..."): in a case file that is the key. Only the position is kept.
 */
function notJson(error: unknown): string {
  const at = /at position \d+(?: \(line \d+ column \d+\))?/.exec(String(error))?.[0];
  return at ? `not JSON: the syntax breaks ${at}` : "not JSON";
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
      problems.push({ file, message: notJson(error) });
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
