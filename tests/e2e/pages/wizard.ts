import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** The mock upstream's URL (tests/e2e/global-setup.ts) joined with a scenario path. */
export function mockUrl(path: string): string {
  const base = process.env.WHY401_MOCK_UPSTREAM;
  if (!base)
    throw new Error("WHY401_MOCK_UPSTREAM is not set: run through playwright's global setup");
  return `${base}${path}`;
}

/** A page object for the five-step wizard at `/`. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("401 Unauthorized");
  }

  stepHeading(n: number): Locator {
    return this.page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${n}:`) });
  }

  get endpoint() {
    return this.page.getByLabel("Endpoint URL");
  }
  get key() {
    return this.page.getByLabel("API key or token");
  }
  get keyLine() {
    return this.page.getByTestId("key-line");
  }
  get findings() {
    return this.page.getByTestId("findings");
  }
  get report() {
    return this.page.getByTestId("report");
  }
  get causes() {
    return this.page.locator("[data-cause]");
  }

  next() {
    return this.page.getByRole("button", { name: /^Next/ }).click();
  }

  async fillEndpoint(url: string) {
    await this.endpoint.fill(url);
    await this.next();
    await expect(this.stepHeading(2)).toBeFocused();
  }

  async fillKey(key: string) {
    await this.key.fill(key);
    await this.next();
    await expect(this.stepHeading(3)).toBeFocused();
  }

  async toTest() {
    await this.next();
    await expect(this.stepHeading(4)).toBeFocused();
  }

  async send() {
    await this.page.getByRole("button", { name: /^(Send|Inspect)/ }).click();
    await expect(this.report).toBeVisible({ timeout: 15_000 });
  }

  /** Endpoint → key → environment → test → report. */
  async diagnose(url: string, key: string) {
    await this.fillEndpoint(url);
    await this.fillKey(key);
    await this.toTest();
    await this.send();
  }

  async topCause(): Promise<string | null> {
    return this.causes.first().getAttribute("data-cause");
  }

  async expectNoAxeViolations() {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  }

  /** The two screens every new behaviour is checked at. */
  static readonly SIZES = [
    { name: "1280x800", width: 1280, height: 800 },
    { name: "360x740", width: 360, height: 740 },
  ] as const;

  /** A step in the rail: a button once it has been visited. */
  railButton(title: string): Locator {
    return this.page
      .getByRole("navigation", { name: "Checklist steps" })
      .getByRole("button", { name: new RegExp(title) });
  }

  /** Is the element entirely inside the viewport, as the page is now (no scrolling)? */
  async expectInFirstViewport(locator: Locator) {
    const box = await locator.boundingBox();
    const size = this.page.viewportSize();
    expect(box, "element is rendered").not.toBeNull();
    const scrollY = await this.page.evaluate(() => window.scrollY);
    expect(scrollY + (box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(size?.height ?? 0);
  }

  async expectNoHorizontalScroll() {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
}
