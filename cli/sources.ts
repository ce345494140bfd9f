import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "dotenv";
import type { EnvNames } from "./env-names";

/**
 * Every place on this machine that holds a value for the key's variable, and which one a
 * process started here would read. Precedence is the one dotenv and Next.js document: a
 * variable already in the process environment wins over every file (even when empty),
 * then `.env.<mode>.local`, `.env.local` (not in test), `.env.<mode>`, `.env`; the first
 * file that sets it wins. `--dotenv-override` flips the first rule, as dotenv's `override`.
 */

export type Env = Record<string, string | undefined>;

export interface FoundValue {
  /** Readable, never key material: "the environment variable OPENAI_API_KEY", ".env", "OPENAI_KEY in .env". */
  source: string;
  name: string;
  value: string;
}

export interface BaseUrlVariable {
  name: string;
  source: string;
  /** Scheme, host and port only: a base URL may carry credentials or a key in its query. */
  origin: string | undefined;
}

export interface Lookup {
  /** What the process reads for the variable; undefined when it is set nowhere. */
  used?: FoundValue;
  /** Every value found for the variable and its related names, `used` first. */
  found: FoundValue[];
  baseUrls: BaseUrlVariable[];
  /** The `.env` files read, in precedence order (for the "not set" message). */
  places: string[];
}

interface LookupContext {
  env: Env;
  cwd: string;
  /** Docker and Kubernetes mount secrets here; overridable for tests. */
  secretsDir: string;
  override: boolean;
}

const MAX_SECRET_FILE = 64 * 1024;

function dotenvFiles(env: Env): string[] {
  const mode = env.NODE_ENV || "development";
  // Next.js leaves .env.local out in test mode, so tests get the same values everywhere.
  const local = mode === "test" ? [] : [".env.local"];
  return [`.env.${mode}.local`, ...local, `.env.${mode}`, ".env"];
}

function readSmall(path: string): string | undefined {
  try {
    const text = readFileSync(path, "utf8");
    return text.length <= MAX_SECRET_FILE ? text : undefined;
  } catch {
    return undefined;
  }
}

function readDotenv(cwd: string, file: string): Record<string, string> | undefined {
  const text = readSmall(join(cwd, file));
  return text === undefined ? undefined : parse(text);
}

/** The values one name has, highest precedence first. `main` names the variable asked about. */
function valuesOf(
  name: string,
  files: [string, Record<string, string>][],
  ctx: LookupContext,
  main: boolean,
) {
  const fromEnv: FoundValue[] = Object.hasOwn(ctx.env, name)
    ? [{ source: `the environment variable ${name}`, name, value: ctx.env[name] ?? "" }]
    : [];
  const fromFiles: FoundValue[] = [];
  for (const [file, parsed] of files) {
    if (Object.hasOwn(parsed, name))
      fromFiles.push({
        source: main ? file : `${name} in ${file}`,
        name,
        value: parsed[name] ?? "",
      });
  }
  // Docker's and Kubernetes' file conventions: NAME_FILE points at the value, and mounted
  // secrets live in /run/secrets/<name> (often lower-cased). Values are read byte for byte:
  // a trailing newline in a secret file is a real cause.
  const fromSecrets: FoundValue[] = [];
  const pointer = ctx.env[`${name}_FILE`];
  if (pointer) {
    const value = readSmall(pointer);
    if (value !== undefined)
      fromSecrets.push({ source: `the file named by ${name}_FILE`, name, value });
  }
  for (const file of new Set([name, name.toLowerCase()])) {
    const path = join(ctx.secretsDir, file);
    const value = readSmall(path);
    if (value !== undefined) fromSecrets.push({ source: path, name, value });
  }
  const ordered = ctx.override ? [...fromFiles, ...fromEnv] : [...fromEnv, ...fromFiles];
  return [...ordered, ...fromSecrets];
}

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.origin === "null" ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

export function findValues(names: EnvNames, ctx: LookupContext): Lookup {
  const places = dotenvFiles(ctx.env);
  const files: [string, Record<string, string>][] = [];
  for (const file of places) {
    const parsed = readDotenv(ctx.cwd, file);
    if (parsed) files.push([file, parsed]);
  }
  const [first, ...rest] = names.keys;
  const own = first === undefined ? [] : valuesOf(first, files, ctx, true);
  const related = rest.flatMap((name) => valuesOf(name, files, ctx, false));
  const baseUrls: BaseUrlVariable[] = [];
  for (const name of names.baseUrls) {
    const top = valuesOf(name, files, ctx, false)[0];
    if (top && top.value !== "")
      baseUrls.push({ name, source: top.source, origin: originOf(top.value) });
  }
  return { used: own[0], found: [...own, ...related], baseUrls, places };
}

/** The distinct values to probe besides the used one (the cap keeps a run to a few requests). */
export function otherValues(lookup: Lookup, max: number): FoundValue[] {
  const seen = new Set<string>(lookup.used ? [lookup.used.value] : []);
  const out: FoundValue[] = [];
  for (const found of lookup.found) {
    if (out.length >= max) break;
    if (seen.has(found.value) || found.value === "") continue;
    seen.add(found.value);
    out.push(found);
  }
  return out;
}
