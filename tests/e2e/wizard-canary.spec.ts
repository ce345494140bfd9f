import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { mockUrl, WizardPage } from "./pages/wizard";

/**
 * The key lives only in component state (see docs/security.md): a unique canary key must show up
 * nowhere but the POST body to /api/diagnose.
 */
test("a canary key never reaches a URL, storage, the console, or any other request", async ({
  page,
  context,
}) => {
  const canary = `sk-proj-canary${randomBytes(12).toString("hex")}`;
  const pieces = [canary, encodeURIComponent(canary), Buffer.from(canary).toString("base64")];
  const leaks: string[] = [];
  const check = (where: string, text: string | null | undefined) => {
    if (text && pieces.some((p) => text.includes(p))) leaks.push(where);
  };
  const urls: string[] = [];
  let diagnosePosts = 0;
  page.on("framenavigated", (f) => urls.push(f.url()));
  page.on("console", (m) => check(`console: ${m.type()}`, m.text()));
  page.on("request", async (r) => {
    check(`url ${r.url()}`, r.url());
    check(`headers ${r.url()}`, JSON.stringify(await r.allHeaders()));
    if (r.method() === "POST" && new URL(r.url()).pathname === "/api/diagnose") {
      // The one place the key may be.
      if (r.postData()?.includes(canary)) diagnosePosts += 1;
      return;
    }
    check(`body ${r.url()}`, r.postData());
  });

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/openai/v1/models"));
  await wizard.key.fill(canary);
  await page.getByRole("button", { name: "Show" }).click();
  await wizard.next();
  // Copy every one-liner: none may carry the key.
  for (const button of await page.getByRole("button", { name: /^Copy:/ }).all()) {
    await button.click();
    check("clipboard (one-liner)", await page.evaluate(() => navigator.clipboard.readText()));
  }
  await wizard.toTest();
  await wizard.send();
  for (const button of await page.getByRole("button", { name: /^Copy:/ }).all()) {
    await button.click();
    check("clipboard (curl)", await page.evaluate(() => navigator.clipboard.readText()));
  }
  await expect(wizard.report).not.toContainText(canary);

  urls.push(page.url());
  for (const u of urls) check(`history ${u}`, u);
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
  );
  check("storage", storage);
  const state = await context.storageState();
  check("context storage", JSON.stringify(state));

  expect(diagnosePosts).toBe(1);
  expect(leaks).toEqual([]);
});
