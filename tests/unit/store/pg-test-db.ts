import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * PostgreSQL for the adapter tests comes from WHY401_TEST_DATABASE_URL (scripts/test.sh
 * starts a throwaway cluster). Without it the PostgreSQL cases fail under CI=true and
 * are skipped, loudly, elsewhere.
 */
export const PG_URL = process.env.WHY401_TEST_DATABASE_URL || undefined;

export function pgUnavailableNotice(suite: string): void {
  if (PG_URL) return;
  const line = `!!! ${suite}: WHY401_TEST_DATABASE_URL is not set: the PostgreSQL cases are SKIPPED. Start one with: eval "$(bash scripts/pg-throwaway.sh start)"`;
  console.warn(`\n${"!".repeat(line.length)}\n${line}\n${"!".repeat(line.length)}\n`);
}

export const PG_REQUIRED = !PG_URL && process.env.CI === "true";

/**
 * A fresh schema per caller, so test files running in parallel (and purge tests that
 * delete every expired row) never see each other's rows. Returns a URL whose
 * connections use that schema.
 */
export async function createPgSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!PG_URL) throw new Error("WHY401_TEST_DATABASE_URL is not set");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
