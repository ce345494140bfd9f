import { expect, test } from "@playwright/test";
import { GOOD_KEY } from "../mock-upstream/server";
import { mockUrl, WizardPage } from "./pages/wizard";

/** Walks every step, scanning each with axe (light and dark) and checking 360 px has no sideways scroll. */
for (const colorScheme of ["light", "dark"] as const) {
  test(`every step and the report pass axe at 360 px, ${colorScheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme });
    const wizard = new WizardPage(page);
    await wizard.open();
    await wizard.endpoint.fill(mockUrl("/x-api-key-only"));
    await wizard.expectNoAxeViolations();
    await wizard.expectNoHorizontalScroll();
    await wizard.fillEndpoint(mockUrl("/x-api-key-only"));
    await wizard.key.fill(` ${GOOD_KEY}\u200b\n`);
    await wizard.expectNoAxeViolations();
    await wizard.expectNoHorizontalScroll();
    await wizard.next();
    await page.getByLabel("What did it print?").fill("sha256:0badf00d");
    await wizard.expectNoAxeViolations();
    await wizard.expectNoHorizontalScroll();
    await page.getByLabel("What did it print?").fill(""); // the fingerprint spec covers sending it
    await wizard.toTest();
    await wizard.expectNoAxeViolations();
    await wizard.send();
    await expect(wizard.causes.first()).toBeVisible();
    await page.locator("details summary").first().click();
    await wizard.expectNoAxeViolations();
    await wizard.expectNoHorizontalScroll();
    // The opened answer of a request, and Start over asking first.
    await page
      .getByRole("button", { name: /^Show answer/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Start over" }).click();
    await expect(page.getByRole("button", { name: "Yes, start over" })).toBeFocused();
    await wizard.expectNoAxeViolations();
    await wizard.expectNoHorizontalScroll();
    // Step 1 with an imported command and its summary, and with a refused URL.
    await page.getByRole("button", { name: "Yes, start over" }).click();
    await wizard.endpoint.fill(`curl ${mockUrl("/ok")} -H "x-api-key: $API_KEY" -d a=1`);
    await expect(page.getByTestId("import-summary")).toBeVisible();
    await wizard.expectNoAxeViolations();
    await wizard.endpoint.fill("api.example.com/v1");
    await expect(page.locator("#endpoint-status")).toContainText("Did you mean");
    await wizard.expectNoAxeViolations();
    await wizard.expectNoHorizontalScroll();
  });
}

test("About, a share link that does not exist and a key over the limit pass axe", async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await page.goto("/about");
  await wizard.expectNoAxeViolations();
  await page.goto("/r/AAAAAAAAAAAAAAAAAAAAAA");
  await wizard.expectNoAxeViolations();
  await wizard.open();
  await wizard.next();
  await wizard.key.fill("k".repeat(16 * 1024 + 1));
  await expect(page.getByText(/a key can be at most/)).toBeVisible();
  await wizard.expectNoAxeViolations();
});

test("a JWT panel and a wrong-provider key pass axe too", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint("https://api.openai.com/v1/models");
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  await wizard.key.fill(
    `${part({ alg: "RS256" })}.${part({ exp: 1, iss: "https://issuer.example" })}.c2ln`,
  );
  await expect(page.getByTestId("jwt-panel")).toBeVisible();
  await wizard.expectNoAxeViolations();
});

test("keyboard only: from the endpoint to the report without a mouse", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.endpoint.focus();
  await page.keyboard.type(mockUrl("/ok"));
  // Tab to "Next" (skipping the provider picker and headers) by looking for it.
  const pressUntilFocused = async (name: RegExp) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (name.test(label)) return;
    }
    throw new Error(`never reached ${name}`);
  };
  await pressUntilFocused(/^Next/);
  await page.keyboard.press("Enter");
  await expect(wizard.stepHeading(2)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(wizard.key).toBeFocused();
  await page.keyboard.type(GOOD_KEY);
  await pressUntilFocused(/^Next/);
  await page.keyboard.press("Enter");
  await expect(wizard.stepHeading(3)).toBeFocused();
  await pressUntilFocused(/^Next/);
  await page.keyboard.press("Enter");
  await expect(wizard.stepHeading(4)).toBeFocused();
  await pressUntilFocused(/^Send/);
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-report-heading]")).toBeFocused({ timeout: 15_000 });
  expect(await wizard.topCause()).toBe("credentials_work");
});
