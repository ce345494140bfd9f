import { test } from "@playwright/test";
import { GOOD_KEY } from "../mock-upstream/server";
import { mockUrl, WizardPage } from "./pages/wizard";

/**
 * Not a check: refreshes the README screenshot from a real report (the Kong scenario).
 * Run on purpose with WHY401_SCREENSHOT=1; skipped otherwise.
 */
test("README screenshot of a real report", async ({ page }) => {
  test.skip(!process.env.WHY401_SCREENSHOT, "set WHY401_SCREENSHOT=1 to refresh the screenshot");
  await page.setViewportSize({ width: 1200, height: 900 });
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/kong/v1/models"));
  await wizard.key.fill(`${GOOD_KEY} `);
  if (process.env.WHY401_SCREENSHOT_STEPS) {
    await page.screenshot({ path: "test-results/wizard/step-key.png", fullPage: true });
  }
  await wizard.next();
  if (process.env.WHY401_SCREENSHOT_STEPS) {
    await page.screenshot({ path: "test-results/wizard/step-env.png", fullPage: true });
  }
  await wizard.toTest();
  await wizard.send();
  await page.locator("[data-report-heading]").blur();
  // The verdict, the ranked causes and who answered: the part a README reader needs, under 300 KB.
  const top = (await page.getByTestId("report").boundingBox())?.y ?? 0;
  const path = await page.getByTestId("request-path").boundingBox();
  const y = Math.max(0, Math.floor(top - 40));
  const height = Math.ceil((path?.y ?? 1400) + (path?.height ?? 0) + 24) - y;
  await page.screenshot({
    path: "public/screenshot-report.png",
    clip: { x: 0, y, width: 1200, height },
    fullPage: true,
    animations: "disabled",
  });
});
