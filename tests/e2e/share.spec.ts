import { type Browser, expect, type Page, test } from "@playwright/test";
import { encryptShare } from "../../lib/share/crypto";
import { GOOD_KEY } from "../mock-upstream/server";
import { mockUrl, WizardPage } from "./pages/wizard";

/**
 * Share links end to end: create from a real report, open in a fresh browser context
 * (no shared memory, storage or cookies), see the same top cause; a wrong fragment gives
 * the message; deleting makes the link 404.
 */

async function openInFreshContext(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ""}`));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(url);
  return { context, page, response, requests, errors };
}

function shareState(page: Page) {
  return page.locator("[data-share-state]").first();
}

test("a share created in the wizard opens in a fresh context with the same top cause, and deletes", async ({
  page,
  browser,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.diagnose(mockUrl("/x-api-key-only"), GOOD_KEY);
  const topCause = await wizard.topCause();
  expect(topCause).toBe("wrong_auth_header");

  const posted: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/shares")) posted.push(r.postData() ?? "");
  });
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this report" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("1 day").check();
  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = await dialog.getByTestId("share-link").inputValue();
  const url = new URL(link);
  const key = new URLSearchParams(url.hash.slice(1)).get("k") ?? "";
  expect(url.pathname).toMatch(/^\/r\/[A-Za-z0-9_-]{22}$/);
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // Only ciphertext went up: no key, no cause id, no API key.
  expect(posted).toHaveLength(1);
  await wizard.expectNoAxeViolations();
  for (const secret of [key, "wrong_auth_header", GOOD_KEY])
    expect(posted[0]).not.toContain(secret);

  const viewer = await openInFreshContext(browser, link);
  await expect(shareState(viewer.page)).toHaveAttribute("data-share-state", "ready");
  await expect(viewer.page.locator("[data-cause]").first()).toHaveAttribute(
    "data-cause",
    topCause!,
  );
  await expect(viewer.page.getByTestId("share-expiry")).toBeVisible();
  await expect(viewer.page.getByRole("link", { name: "Run your own check" })).toHaveAttribute(
    "href",
    "/",
  );
  const headers = viewer.response!.headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toContain("noindex");
  await expect(viewer.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // The fragment key never travelled: not in any URL or body the viewer sent.
  expect(viewer.requests.some((r) => r.includes(key))).toBe(false);
  expect(viewer.errors).toEqual([]);
  await new WizardPage(viewer.page).expectNoAxeViolations();
  await viewer.context.close();

  // Escape closes the dialog; the link and its delete button are still there on reopen.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Share" }).click();
  await dialog.getByRole("button", { name: "Delete link" }).click();
  await expect(dialog.getByText("The link is deleted")).toBeVisible();

  const after = await openInFreshContext(browser, link);
  await expect(shareState(after.page)).toHaveAttribute("data-share-state", "not_found");
  await expect(shareState(after.page)).toContainText("does not exist or has expired");
  await after.context.close();
  const id = url.pathname.split("/").pop();
  expect((await page.request.get(`/api/shares/${id}`)).status()).toBe(404);
});

test("a report from the API, sealed with the share crypto: the right key opens it, a wrong or missing one says so", async ({
  request,
  browser,
}) => {
  const diagnosed = await request.post("/api/diagnose", {
    data: { endpoint: mockUrl("/x-api-key-only"), key: GOOD_KEY },
  });
  expect(diagnosed.status()).toBe(200);
  const report = await diagnosed.json();
  const sealed = await encryptShare(report);
  if (!sealed.ok) throw new Error(sealed.reason);
  const created = await request.post("/api/shares", { data: { ...sealed.sealed, ttlDays: 7 } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const right = await openInFreshContext(browser, `/r/${id}#k=${sealed.key}`);
  await expect(right.page.locator("[data-cause]").first()).toHaveAttribute(
    "data-cause",
    report.causes[0].id,
  );
  await right.context.close();

  const cases: [string, string, RegExp][] = [
    [`/r/${id}#k=${"A".repeat(43)}`, "wrong_key", /cannot be decrypted/],
    [`/r/${id}#k=${sealed.key.slice(0, 20)}`, "wrong_key", /cannot be decrypted/],
    [`/r/${id}`, "missing_key", /missing its key/],
    ["/r/AAAAAAAAAAAAAAAAAAAAAA#k=x", "not_found", /does not exist or has expired/],
    ["/r/not-a-share-id", "not_found", /does not exist or has expired/],
  ];
  for (const [path, state, message] of cases) {
    const v = await openInFreshContext(browser, path);
    await expect(shareState(v.page)).toHaveAttribute("data-share-state", state);
    await expect(shareState(v.page)).toContainText(message);
    expect(v.errors).toEqual([]);
    if (path === cases[0]?.[0]) await new WizardPage(v.page).expectNoAxeViolations();
    await v.context.close();
  }
});
