import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { type AppServer, startAppServer } from "../support/app-server";
import { mockUrl, WizardPage } from "./pages/wizard";

/**
 * Leak testing (see docs/security.md): the whole flow (inspect, test, echo, share, open
 * the share) with a unique canary key, on SQLite and on PostgreSQL. Then everything the
 * system wrote or showed is searched for the key and for each of its 6-character
 * fragments. The canary may appear only in the diagnose POST body and the upstream request.
 */

const PUBLIC_PREFIX = "sk-proj-"; // a provider prefix is not secret; the fragments past it are

function makeCanary(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const random = Array.from(randomBytes(48), (b) => alphabet[b % alphabet.length]).join("");
  return `${PUBLIC_PREFIX}${random}`;
}

/** The key, its encodings, and every 6-character window that is not wholly the public prefix. */
function needles(canary: string): string[] {
  const out = new Set([
    canary,
    encodeURIComponent(canary),
    Buffer.from(canary).toString("base64"),
    Buffer.from(canary).toString("base64url"),
  ]);
  for (let i = 0; i + 6 <= canary.length; i++) {
    if (i + 6 > PUBLIC_PREFIX.length) out.add(canary.slice(i, i + 6));
  }
  return [...out];
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

async function postgresText(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema()",
    );
    let text = "";
    for (const { table_name } of tables.rows) {
      const rows = await client.query(`select * from "${table_name.replace(/"/g, '""')}"`);
      text += JSON.stringify(rows.rows, (_k, v) =>
        v && typeof v === "object" && v.type === "Buffer"
          ? Buffer.from(v.data).toString("latin1")
          : v,
      );
    }
    expect(tables.rows.length).toBeGreaterThan(0);
    return text;
  } finally {
    await client.end();
  }
}

interface Seen {
  where: string;
  text: string;
}

function watch(page: Page, seen: Seen[], canary: string, counts: { diagnosePosts: number }) {
  page.on("console", (m) => seen.push({ where: `console ${m.type()}`, text: m.text() }));
  page.on("pageerror", (e) => seen.push({ where: "page error", text: e.message }));
  page.on("framenavigated", (f) => seen.push({ where: "navigation", text: f.url() }));
  page.on("request", async (r) => {
    seen.push({ where: `request url ${r.url()}`, text: r.url() });
    seen.push({ where: `request headers ${r.url()}`, text: JSON.stringify(await r.allHeaders()) });
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/diagnose") {
      if (r.postData()?.includes(canary)) counts.diagnosePosts += 1;
      return; // the one request that carries the key
    }
    seen.push({ where: `request body ${r.url()}`, text: r.postData() ?? "" });
  });
  page.on("response", async (r) => {
    const type = r.headers()["content-type"] ?? "";
    if (/json|html|text/.test(type)) {
      seen.push({ where: `response ${r.url()}`, text: await r.text().catch(() => "") });
    }
  });
}

async function snapshotPage(page: Page, label: string, seen: Seen[]) {
  // The key field itself holds the key (React mirrors a textarea's value into its text):
  // that is the one place on the page it belongs. Everything else is searched.
  const html = await page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const field = clone.querySelector("#api-key");
    if (field) field.textContent = "";
    return clone.outerHTML;
  });
  const keyFields = await page.locator("#api-key").count();
  seen.push({ where: `${label} html (${keyFields} key field emptied)`, text: html });
  seen.push({
    where: `${label} storage`,
    text: await page.evaluate(
      () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
    ),
  });
}

async function runWholeFlow(
  page: Page,
  browser: Browser,
  app: AppServer,
  canary: string,
  seen: Seen[],
) {
  const counts = { diagnosePosts: 0 };
  watch(page, seen, canary, counts);
  const wizard = new WizardPage(page);
  await page.goto(`${app.url}/`);

  // 1–2: endpoint and key; the key is inspected live (a trailing space gives a finding).
  await wizard.fillEndpoint(mockUrl("/openai/v1/models"));
  await wizard.key.fill(`${canary} `);
  await expect(wizard.findings).toBeVisible();
  await snapshotPage(page, "key step", seen);
  await wizard.next();

  // 3: the echo check (step 3's secondary action); "the user's app" sends the key to the capture URL.
  await page.getByRole("button", { name: /echo check/ }).click();
  await page.getByRole("button", { name: "Create a capture URL" }).click();
  const captureUrl = (await page.getByTestId("echo-url").locator("code").textContent()) ?? "";
  expect(captureUrl).toContain("/api/echo/");
  const echoed = await fetch(`${captureUrl}v1/models?api_key=${encodeURIComponent(canary)}`, {
    headers: { authorization: `Bearer ${canary}`, "x-api-key": canary },
  });
  seen.push({ where: "echo answer", text: await echoed.text() });
  const captures = await fetch(`${captureUrl}captures`);
  seen.push({ where: "echo captures", text: await captures.text() });
  await expect(page.locator("[data-verdict]").first()).toBeVisible({ timeout: 10_000 });
  await snapshotPage(page, "environment step", seen);

  // 4–5: the test and the report.
  await wizard.toTest();
  await wizard.send();
  const topCause = await wizard.topCause();
  await snapshotPage(page, "report", seen);

  // Share, and open the share in a fresh context.
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this report" });
  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = await dialog.getByTestId("share-link").inputValue();
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  watch(viewer, seen, canary, counts);
  await viewer.goto(link);
  await expect(viewer.locator("[data-cause]").first()).toHaveAttribute("data-cause", topCause!);
  await snapshotPage(viewer, "shared report", seen);
  await viewerContext.close();

  expect(counts.diagnosePosts).toBe(1);
}

function leaksIn(seen: Seen[], canary: string): string[] {
  const found: string[] = [];
  const all = needles(canary);
  for (const { where, text } of seen) {
    const hit = all.find((n) => text.includes(n));
    if (hit) found.push(`${where}: contains ${hit === canary ? "the key" : `fragment ${hit}`}`);
  }
  return found;
}

const stores = [
  { name: "SQLite", env: () => ({}) },
  {
    name: "PostgreSQL",
    env: () => {
      const url = process.env.WHY401_TEST_DATABASE_URL;
      if (!url) {
        if (process.env.CI) throw new Error("WHY401_TEST_DATABASE_URL is required under CI");
        test.skip(true, "no PostgreSQL (set WHY401_TEST_DATABASE_URL; npm test starts one)");
      }
      return { DATABASE_URL: url! };
    },
  },
];

for (const store of stores) {
  test(`canary on ${store.name}: the key and its fragments appear nowhere the system wrote or showed`, async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(90_000);
    const canary = makeCanary();
    const dataDir = testInfo.outputPath("data");
    const env: Record<string, string> = store.env();
    const app = await startAppServer({
      ...env,
      WHY401_DATA_DIR: dataDir,
      WHY401_ALLOW_PRIVATE_TARGETS: "1",
      WHY401_RATE_LIMIT_PER_MINUTE: "100",
    });
    const seen: Seen[] = [];
    try {
      await runWholeFlow(page, browser, app, canary, seen);
    } finally {
      await app.stop();
    }
    seen.push({ where: "server stdout/stderr", text: app.output() });
    expect(app.output()).toContain('"event":"diagnosis"'); // the log was really captured
    if (env.DATABASE_URL) {
      seen.push({ where: "postgresql tables", text: await postgresText(env.DATABASE_URL) });
    } else {
      const files = filesUnder(dataDir);
      expect(files.some((f) => f.endsWith("why401.db"))).toBe(true);
      for (const file of files) {
        seen.push({ where: `data file ${file}`, text: readFileSync(file).toString("latin1") });
      }
    }
    // The search can find a leak: the seen material holds the key's fingerprint, not the key.
    expect(
      leaksIn([{ where: "self-check", text: `x${canary.slice(20, 26)}x` }], canary),
    ).toHaveLength(1);
    expect(leaksIn(seen, canary)).toEqual([]);
  });
}
