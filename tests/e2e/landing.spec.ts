import { expect, test } from "@playwright/test";

test("the landing page loads without console errors, says what it does, and sends the security headers", async ({
  page,
}) => {
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("401 Unauthorized");

  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/https?:\/\//); // no third-party origin
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");

  await page.waitForLoadState("networkidle");
  expect(consoleErrors).toEqual([]);
});

test("API answers are no-store and in the one error shape", async ({ request }) => {
  const res = await request.get("/api/does-not-exist");
  expect(res.headers()["cache-control"]).toContain("no-store");
  expect(res.status()).toBe(404);
  expect(await res.json()).toEqual({
    error: { code: "not_found", message: expect.any(String) },
  });
});

test("an unknown page answers 404 with the not-found page and runs no script the CSP blocks", async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/.test(m.text())) blocked.push(m.text());
  });
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  await page.waitForLoadState("networkidle");
  expect(blocked).toEqual([]);
});
