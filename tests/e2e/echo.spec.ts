import { expect, type Page, test } from "@playwright/test";
import { GOOD_KEY } from "../mock-upstream/server";
import { type StripProxy, startStripProxy } from "../support/strip-proxy";
import { mockUrl, WizardPage } from "./pages/wizard";

/**
 * The echo check against the built app: the wizard's step 3 creates a capture URL, a
 * request goes through a real forwarding proxy that strips Authorization, and the page
 * names the cause. The key itself never appears on the page or in the captures.
 */

let proxy: StripProxy | undefined;

test.afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function toEnvironmentStep(page: Page): Promise<WizardPage> {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/ok"));
  await wizard.fillKey(GOOD_KEY);
  // The echo check is step 3's secondary action: it opens on request.
  await page.getByRole("button", { name: /echo check/ }).click();
  return wizard;
}

async function createCaptureUrl(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Create a capture URL" }).click();
  const url = (await page.getByTestId("echo-url").locator("code").textContent()) ?? "";
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/echo\/[A-Za-z0-9_-]{22}\/$/);
  return url;
}

/** Sends the key the way the user's app would, but through the stripping proxy. */
async function sendThroughProxy(captureUrl: string, baseURL: string) {
  proxy = await startStripProxy({ target: baseURL });
  const res = await fetch(`${proxy.url}${new URL(captureUrl).pathname}v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${GOOD_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [] }),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ captured: true });
}

test("a proxy that strips Authorization: the echo check says proxy_strips_auth", async ({
  page,
  baseURL,
}) => {
  await toEnvironmentStep(page);
  const panel = page.getByTestId("echo-panel");
  const captureUrl = await createCaptureUrl(page);
  await expect(panel.getByText(`OPENAI_BASE_URL=${captureUrl}v1`)).toBeVisible();

  await sendThroughProxy(captureUrl, baseURL!);
  await expect(page.getByTestId("echo-status")).toContainText("1 request captured", {
    timeout: 6_000,
  });
  await expect(panel.locator('[data-verdict="proxy_strips_auth"]')).toBeVisible();
  await expect(panel.getByText("POST /v1/chat/completions", { exact: true })).toBeVisible();
  const shown = (await panel.textContent()) ?? "";
  expect(shown).not.toContain(GOOD_KEY.slice(8, 20));
});

test("the echo evidence reaches the report: proxy_strips_auth ranks first", async ({
  page,
  baseURL,
}) => {
  const wizard = await toEnvironmentStep(page);
  const captureUrl = await createCaptureUrl(page);
  await sendThroughProxy(captureUrl, baseURL!);
  await expect(page.locator('[data-verdict="proxy_strips_auth"]')).toBeVisible({ timeout: 6_000 });

  await wizard.toTest();
  await wizard.send();
  await expect(page.locator('[data-cause="proxy_strips_auth"]')).toBeVisible();
  // The key works from our server (mock /ok), so the echo evidence is what explains the 401.
  expect(await wizard.topCause()).toBe("proxy_strips_auth");
  expect(await page.content()).not.toContain(GOOD_KEY);
});

test("the same key sent straight to the capture URL is a match", async ({ page }) => {
  await toEnvironmentStep(page);
  const captureUrl = await createCaptureUrl(page);
  const res = await fetch(`${captureUrl}v1/models`, {
    headers: { authorization: `Bearer ${GOOD_KEY}` },
  });
  expect(res.status).toBe(200);
  const panel = page.getByTestId("echo-panel");
  await expect(panel.locator('[data-verdict="match"]')).toBeVisible({ timeout: 6_000 });
  await expect(panel.locator('[data-verdict="proxy_strips_auth"]')).toHaveCount(0);
});

test("at 360 px in dark mode the panel fits and has no accessibility violations", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  const wizard = await toEnvironmentStep(page);
  const captureUrl = await createCaptureUrl(page);
  await sendThroughProxy(captureUrl, baseURL!);
  await expect(page.locator('[data-verdict="proxy_strips_auth"]')).toBeVisible({ timeout: 6_000 });
  await wizard.expectNoHorizontalScroll();
  await wizard.expectNoAxeViolations();
});

test("the echo API on the real server: create, capture any method and path, list, 404", async ({
  request,
}) => {
  const created = await request.post("/api/echo");
  expect(created.status()).toBe(201);
  expect(created.headers()["cache-control"]).toContain("no-store");
  const { id, url } = (await created.json()) as { id: string; url: string };
  const base = new URL(url).pathname;

  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const) {
    const res = await request.fetch(`${base}v1/things?key=${GOOD_KEY}`, {
      method,
      headers: { "x-api-key": GOOD_KEY },
    });
    expect(res.status(), method).toBe(200);
    expect(res.headers()["cache-control"]).toContain("no-store");
  }
  // The capture URL itself (no path after the id) is a capture too.
  expect((await request.post(`/api/echo/${id}`, { maxRedirects: 0 })).status()).toBe(200);

  const list = await request.get(`${base}captures`);
  expect(list.status()).toBe(200);
  expect(list.headers()["cache-control"]).toContain("no-store");
  const text = await list.text();
  expect(text).not.toContain(GOOD_KEY.slice(8, 20));
  const body = JSON.parse(text) as { captures: { method: string; path: string }[] };
  expect(body.captures.map((c) => c.method)).toEqual([
    "GET",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "HEAD",
    "OPTIONS",
    "POST",
  ]);
  expect(body.captures[0]?.path).toBe("/v1/things?key=<redacted>");

  const unknown = await request.get("/api/echo/AAAAAAAAAAAAAAAAAAAAAA/captures");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({
    error: { code: "not_found", message: expect.any(String) },
  });
});
