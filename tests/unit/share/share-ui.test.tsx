// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ShareButton } from "@/components/share/share-button";
import { SharedReport } from "@/components/share/shared-report";
import { formatLocalTime } from "@/components/ui/local-time";
import { decryptShare, encryptShare, keyFromHash } from "@/lib/share/crypto";
import { reportFixture, reportFixtureV1 } from "./report-fixture";

/** The share dialog and the shared page in a DOM, against a scripted fetch. */

type Call = { url: string; method: string; headers: Headers; body?: string };
let calls: Call[] = [];
let answer: (call: Call) => Response;

beforeAll(() => {
  // jsdom has no modal dialogs; this is enough for the component's open/close calls.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

beforeEach(() => {
  calls = [];
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const call = {
      url: String(input),
      method: init.method ?? "GET",
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? init.body : undefined,
    };
    calls.push(call);
    return answer(call);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = "";
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("ShareButton", () => {
  it("uploads only ciphertext, shows a link whose fragment key decrypts the report, and deletes it", async () => {
    answer = (c) =>
      c.method === "POST"
        ? json(201, {
            id: "AbCdEfGhIjKlMnOpQrStUv",
            deleteToken: "T".repeat(43),
            expiresAt: "2026-12-04T12:00:00.000Z",
          })
        : new Response(null, { status: 204 });
    const report = reportFixture();
    const user = userEvent.setup();
    render(<ShareButton report={report} />);

    await user.click(screen.getByRole("button", { name: "Share" }));
    expect(screen.getByRole("dialog", { name: "Share this report" })).toBeVisible();
    await user.click(screen.getByLabelText("30 days"));
    await user.click(screen.getByLabelText(/Hide the endpoint/));
    await user.click(screen.getByRole("button", { name: "Create link" }));

    const input = await screen.findByTestId("share-link");
    const link = new URL((input as HTMLInputElement).value);
    expect(link.pathname).toBe("/r/AbCdEfGhIjKlMnOpQrStUv");
    const key = keyFromHash(link.hash);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(calls).toHaveLength(1);
    const sent = JSON.parse(calls[0]?.body ?? "{}");
    expect(Object.keys(sent).sort()).toEqual(["ciphertext", "iv", "ttlDays"]);
    expect(sent.ttlDays).toBe(30);
    expect(calls[0]?.body).not.toContain(key);
    expect(calls[0]?.body).not.toContain("redirect_drops_auth");
    expect(calls[0]?.url).not.toContain(key);

    const opened = await decryptShare(sent, key);
    expect(opened.ok).toBe(true);
    const shared = opened.ok ? (opened.value as ReturnType<typeof reportFixture>) : undefined;
    expect(shared?.causes[0]?.id).toBe("redirect_drops_auth");
    expect(JSON.stringify(shared)).not.toContain("team-secret");
    // Every time on the site is in one format, the reader's local time.
    expect(
      screen.getByText(formatLocalTime("2026-12-04T12:00:00.000Z"), { exact: false }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete link" }));
    await screen.findByText(/The link is deleted/);
    expect(calls[1]).toMatchObject({ method: "DELETE", url: "/api/shares/AbCdEfGhIjKlMnOpQrStUv" });
    expect(calls[1]?.headers.get("authorization")).toBe(`Bearer ${"T".repeat(43)}`);
  });

  it("shows the server's message when creation is refused", async () => {
    answer = () =>
      new Response(
        JSON.stringify({
          error: { code: "rate_limited", message: "Too many share links created." },
        }),
        {
          status: 429,
          headers: { "retry-after": "42" },
        },
      );
    const user = userEvent.setup();
    render(<ShareButton report={reportFixture()} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await user.click(screen.getByRole("button", { name: "Create link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Too many share links created. (retry in 42 s)",
    );
    expect(screen.getByRole("button", { name: "Create link" })).toBeEnabled();
  });
});

describe("SharedReport", () => {
  async function sealedReport() {
    const r = await encryptShare(reportFixture());
    if (!r.ok) throw new Error("encrypt failed");
    answer = () =>
      json(200, {
        ...r.sealed,
        createdAt: "2026-11-27T12:00:00.000Z",
        expiresAt: "2026-12-04T12:00:00.000Z",
      });
    return r;
  }

  it("decrypts with the fragment key and renders the read-only report with the same cause cards", async () => {
    const r = await sealedReport();
    window.location.hash = `#k=${r.key}`;
    const { container } = render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    await waitFor(() => expect(container.querySelector("[data-share-state=ready]")).not.toBeNull());
    const causes = [...container.querySelectorAll("[data-cause]")].map((e) =>
      e.getAttribute("data-cause"),
    );
    expect(causes).toEqual(["redirect_drops_auth", "inconclusive"]);
    expect(screen.getByTestId("share-expiry")).toHaveAttribute(
      "datetime",
      "2026-12-04T12:00:00.000Z",
    );
    expect(calls.map((c) => c.url)).toEqual(["/api/shares/AbCdEfGhIjKlMnOpQrStUv"]);
  });

  it("decrypts the ciphertext the server put in the page without asking the API again", async () => {
    const r = await sealedReport();
    window.location.hash = `#k=${r.key}`;
    const preloaded = {
      kind: "found" as const,
      sealed: r.sealed,
      createdAt: "2026-11-27T12:00:00.000Z",
      expiresAt: "2026-12-04T12:00:00.000Z",
    };
    const { container } = render(
      <SharedReport id="AbCdEfGhIjKlMnOpQrStUv" preloaded={preloaded} />,
    );
    await waitFor(() => expect(container.querySelector("[data-share-state=ready]")).not.toBeNull());
    expect(container.querySelector("[data-cause]")?.getAttribute("data-cause")).toBe(
      "redirect_drops_auth",
    );
    expect(calls).toEqual([]);
  });

  it.each([
    ["no fragment", () => "", "missing_key", "missing its key"],
    [
      "a wrong key (32 bytes, just not this one)",
      () => `#k=${"A".repeat(43)}`,
      "wrong_key",
      "cannot be decrypted",
    ],
    [
      "a truncated key",
      (key: string) => `#k=${key.slice(0, 30)}`,
      "wrong_key",
      "cannot be decrypted",
    ],
  ])("shows a clear message for %s", async (_name, hash, state, text) => {
    const r = await sealedReport();
    window.location.hash = await hash(r.key);
    const { container } = render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    await waitFor(() =>
      expect(container.querySelector(`[data-share-state=${state}]`)).not.toBeNull(),
    );
    expect(screen.getByRole("alert")).toHaveTextContent(text);
    expect(screen.getByRole("link", { name: "Run your own check" })).toHaveAttribute("href", "/");
  });

  it("shows 'does not exist or has expired' for an unknown id and for a malformed one (without a request)", async () => {
    answer = () => json(404, { error: { code: "not_found", message: "x" } });
    window.location.hash = "#k=whatever";
    const first = render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    expect(await screen.findByRole("alert")).toHaveTextContent("does not exist or has expired");
    first.unmount();
    calls = [];
    render(<SharedReport id={undefined} />);
    expect(await screen.findByRole("alert")).toHaveTextContent("does not exist or has expired");
    expect(calls).toEqual([]);
  });

  it("opens a version-1 share (before confirmed and ruledOut) with the same cause cards", async () => {
    const r = await encryptShare(reportFixtureV1());
    if (!r.ok) throw new Error("encrypt failed");
    answer = () =>
      json(200, {
        ...r.sealed,
        createdAt: "2026-11-27T12:00:00.000Z",
        expiresAt: "2026-12-04T12:00:00.000Z",
      });
    window.location.hash = `#k=${r.key}`;
    const { container } = render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    await waitFor(() => expect(container.querySelector("[data-share-state=ready]")).not.toBeNull());
    const causes = [...container.querySelectorAll("[data-cause]")].map((e) =>
      e.getAttribute("data-cause"),
    );
    expect(causes).toEqual(["redirect_drops_auth", "inconclusive"]);
  });

  it("shows a message, not a crash, for an authentic share that is not a report", async () => {
    const r = await encryptShare({ hello: "world" });
    if (!r.ok) throw new Error("encrypt failed");
    answer = () => json(200, { ...r.sealed, createdAt: "x", expiresAt: "y" });
    window.location.hash = `#k=${r.key}`;
    render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    expect(await screen.findByRole("alert")).toHaveTextContent("cannot be shown");
  });

  it("decrypts once the complete link's fragment is pasted (hashchange)", async () => {
    const r = await sealedReport();
    window.location.hash = "";
    const { container } = render(<SharedReport id="AbCdEfGhIjKlMnOpQrStUv" />);
    await screen.findByRole("alert");
    await act(async () => {
      window.location.hash = `#k=${r.key}`;
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    await waitFor(() => expect(container.querySelector("[data-share-state=ready]")).not.toBeNull());
  });
});
