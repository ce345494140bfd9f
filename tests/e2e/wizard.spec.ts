import { expect, test } from "@playwright/test";
import { GOOD_KEY } from "../mock-upstream/server";
import { mockUrl, WizardPage } from "./pages/wizard";

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.c2lnbmF0dXJl`;
}

test("whitespace is pointed out while typing, masked, with nothing sent", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/")) sent.push(r.url());
  });
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/ok"));
  await wizard.key.fill(`${GOOD_KEY} `);
  await expect(wizard.keyLine.locator('[data-marker="space"]')).toHaveText("SP");
  await expect(wizard.keyLine).not.toContainText("why401GoodKey");
  await expect(wizard.findings.locator('[data-finding="trailing_whitespace"]')).toBeVisible();

  await wizard.key.fill(`\u200b${GOOD_KEY}`);
  await expect(wizard.keyLine).toContainText("ZWSP");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(wizard.keyLine).toContainText("why401GoodKey");
  expect(sent).toEqual([]);
});

test("a key with a trailing newline: key_whitespace, said once, and the request that could not be sent", async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/openai/v1/models"));
  await wizard.key.fill(`${GOOD_KEY}\n`);
  await expect(wizard.keyLine.locator('[data-marker="line feed (a line break)"]')).toHaveText("LF");
  await expect(page.getByTestId("key-line-legend")).toContainText("LF = line feed");
  await wizard.next();
  await wizard.toTest();
  await wizard.send();
  expect(await wizard.topCause()).toBe("key_whitespace");
  await expect(page.getByTestId("verdict-label")).toHaveText("Most likely cause");
  // The headline is the verdict; the evidence lives in the #1 card only, not repeated above it.
  const first = (await wizard.causes.first().locator("li").first().textContent())?.trim() ?? "";
  expect(first).not.toBe("");
  await expect(wizard.report.getByText(first)).toHaveCount(1);
  await expect(page.getByTestId("request-path")).toHaveAttribute("data-answered", "you");
  await expect(page.getByTestId("request-path")).not.toContainText("invalid_header");
  await expect(page.locator('tr[data-variant="as-sent"]')).toContainText("no answer");
  await expect(page.locator('tr[data-variant="cleaned"]')).toContainText("200");
});

test("a key in the wrong header: wrong_auth_header comes first", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.diagnose(mockUrl("/x-api-key-only"), GOOD_KEY);
  expect(await wizard.topCause()).toBe("wrong_auth_header");
  const curls = page.getByTestId("curl-commands");
  await expect(curls.locator('[data-curl="failing"]')).toContainText(
    '-H "Authorization: Bearer $API_KEY"',
  );
  await expect(curls.locator('[data-curl="working"]')).toContainText('$API_KEY"');
  await expect(curls).not.toContainText(GOOD_KEY);
});

test("an expired JWT: key_expired, with the JWT panel saying so while typing", async ({ page }) => {
  const now = Math.floor(Date.now() / 1000);
  const token = jwt({ sub: "e2e", iat: now - 4 * 86400, exp: now - 3 * 86400 });
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/ok"));
  await wizard.key.fill(token);
  await expect(page.getByTestId("jwt-panel")).toContainText("expired");
  await expect(page.getByTestId("jwt-relative")).toContainText("3 days ago");
  await wizard.next();
  await wizard.toTest();
  await wizard.send();
  expect(await wizard.topCause()).toBe("key_expired");
});

// A key Kong does not know: refused wherever it is put, the follow-up round included.
const KONG_UNKNOWN_KEY = "sk-proj-Zq9wXv8uT7sR6pQ5oN4mL3kJ2iH1gF0eD9cB8aZyXwVuTs7Rq6Pp5Oo4";

test("a gateway 401: gateway_rejected, and the path marks the gateway", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.diagnose(mockUrl("/kong/v1/models"), KONG_UNKNOWN_KEY);
  expect(await wizard.topCause()).toBe("gateway_rejected");
  await expect(page.getByTestId("request-path")).toHaveAttribute("data-answered", "gateway");
  await expect(page.getByTestId("request-path")).toContainText("Kong");
  await page.getByRole("button", { name: "Re-run" }).click();
  await expect(page.locator("[data-report-heading]")).toBeFocused({ timeout: 15_000 });
  expect(await wizard.topCause()).toBe("gateway_rejected");
});

test("a gateway that reads its own key: the follow-up round proves where", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/kong/v1/models"));
  await wizard.fillKey(GOOD_KEY);
  await wizard.toTest();
  // The consent counts the follow-up round, and says a key in a URL may be logged.
  await expect(page.getByTestId("consent")).toContainText(/up to 4 more requests/);
  await expect(page.getByTestId("consent")).toContainText(/URL/);
  await wizard.send();
  expect(await wizard.topCause()).toBe("wrong_auth_header");
  // As-sent, baseline, three placements, then Kong's apikey header: request 6.
  await expect(wizard.causes.first()).toContainText("Confirmed by request 6");
  await expect(wizard.causes.first()).toContainText("apikey");
});

test("a working key: credentials_work, with the probes table and a working curl", async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.diagnose(mockUrl("/ok"), GOOD_KEY);
  expect(await wizard.topCause()).toBe("credentials_work");
  await expect(page.locator('tr[data-variant="as-sent"]')).toContainText("200");
  await expect(page.locator('[data-curl="working"]')).toBeVisible();
  await page.getByRole("button", { name: "Start over" }).click();
  // Start over throws away what was typed: it asks first.
  await expect(wizard.endpoint).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, start over" }).click();
  await expect(wizard.stepHeading(1)).toBeFocused();
  await expect(wizard.endpoint).toHaveValue("");
});

test("inspection only: no endpoint and a redacted key still give a report", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.postData() ?? "");
  });
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.next(); // no endpoint
  await wizard.fillKey("sk-proj-…wXyZ");
  await wizard.toTest();
  await expect(page.getByTestId("consent")).toContainText("No endpoint, so we inspect");
  await wizard.send();
  await expect(wizard.causes.first()).toBeVisible();
  await expect(page.getByTestId("request-path")).toHaveCount(0);
  // The pure core runs in the browser: no request carries the key anywhere.
  expect(posts).toHaveLength(0);
});

test("the fingerprint check: a mismatch is explained and sent as evidence", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/diagnose")) posts.push(r.postData() ?? "");
  });
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/ok"));
  await wizard.fillKey(GOOD_KEY);
  await expect(page.getByTestId("fingerprint")).toContainText(/^sha256:[0-9a-f]{8}$/);
  await expect(page.getByRole("textbox", { name: "Environment variable" })).toHaveValue("API_KEY");
  await page.getByLabel("What did it print?").fill("0badf00d");
  await expect(page.getByTestId("fingerprint-result")).toContainText("Mismatch");
  await expect(page.getByTestId("fingerprint-result")).toContainText("not restarted");
  await wizard.toTest();
  await wizard.send();
  const body = JSON.parse(posts[0] ?? "{}");
  expect(body.environment.fingerprintCheck).toMatchObject({
    printed: "sha256:0badf00d",
    matches: false,
  });
  await expect(page.locator('[data-cause="stale_environment"]')).toBeVisible();
});

test("step 1 recognises the provider and one click fills a test endpoint with its required headers", async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.endpoint.fill("https://api.openai.com/v1/chat/completions");
  await expect(page.locator("#endpoint-status")).toContainText("OpenAI");
  await page.getByRole("button", { name: "Anthropic", exact: true }).click();
  await expect(wizard.endpoint).toHaveValue(/^https:\/\/api\.anthropic\.com\//);
  await expect(page.getByLabel("Header 1 name")).toHaveValue("anthropic-version");
  await page.getByRole("button", { name: "Add header" }).click();
  await expect(page.getByLabel("Header 2 name")).toBeVisible();
  await page.getByRole("button", { name: /^Remove header 2/ }).click();
  await expect(page.getByLabel("Header 2 name")).toHaveCount(0);
  await wizard.next();
  await wizard.key.fill(
    "sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuv-AAAAAA",
  );
  await expect(page.getByTestId("format-check")).not.toContainText("but the endpoint");
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("combobox", { name: "Provider" }).selectOption("openai");
  await wizard.next();
  await expect(page.getByTestId("format-check")).toContainText("but the endpoint is OpenAI");
});

test("step 4 names the host and the request count, and Cancel stops a slow run", async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.fillEndpoint(mockUrl("/delay?ms=8000"));
  await wizard.fillKey(`${GOOD_KEY} `);
  await wizard.toTest();
  // as-sent, no-credential, cleaned (the trailing space) and the alternatives, capped at 8.
  await expect(page.getByTestId("consent")).toContainText(
    /up to [3-8] requests from our server to 127\.0\.0\.1/,
  );
  await page.getByRole("button", { name: /^Send/ }).click();
  await expect(page.getByTestId("probe-progress")).toContainText("Running");
  // One row per request in words, with the seconds so far and the deadline; no variant ids.
  await expect(page.locator('[data-progress="waiting"]').first()).toContainText(
    /waiting for an answer… \d+ s of at most 20 s/,
  );
  await expect(page.getByTestId("probe-progress")).not.toContainText("as-sent");
  // On a phone the spinner stays beside its row's text, not on a line of its own above it.
  await page.setViewportSize({ width: 360, height: 740 });
  const row = page.locator('[data-progress="waiting"]').first();
  const spinner = await row.locator("span").first().boundingBox();
  const words = await row.locator("span").nth(1).boundingBox();
  expect(Math.abs((spinner?.y ?? 0) - (words?.y ?? 999))).toBeLessThan(8);
  const cancel = page.getByRole("button", { name: "Cancel" });
  await expect(cancel).toBeFocused();
  await cancel.click();
  await expect(page.getByRole("status")).toContainText("Cancelled");
  await expect(wizard.report).toHaveCount(0);
});
