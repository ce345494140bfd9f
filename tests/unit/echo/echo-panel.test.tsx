// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EchoPanel } from "@/components/echo/echo-panel";
import { echoSnippets } from "@/components/echo/echo-snippets";
import type { EchoEvidence } from "@/lib/diagnosis/evidence";
import type { EchoCapture } from "@/lib/echo/capture-schema";

/** The echo panel in a DOM, against a scripted server. */

const ID = "AbCdEfGhIjKlMnOpQrStUv";
const URL_ = `http://127.0.0.1:3000/api/echo/${ID}/`;
const FP = "sha256:1a2b3c4d";

let captures: EchoCapture[] = [];
let listStatus = 200;
let calls: string[] = [];

function capture(id: string, credentials: EchoCapture["credentials"]): EchoCapture {
  return {
    id,
    receivedAt: Date.UTC(2026, 0, 1, 12),
    method: "POST",
    path: "/v1/chat/completions",
    headerNames: ["content-type", "via", ...(credentials.length ? ["authorization"] : [])],
    credentials,
    body: { size: 42, contentType: "application/json", truncated: false },
    preflight: false,
  };
}

beforeEach(() => {
  captures = [];
  listStatus = 200;
  calls = [];
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    calls.push(`${method} ${input}`);
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json" },
      });
    if (method === "POST" && input === "/api/echo") {
      return json(201, {
        id: ID,
        url: URL_,
        expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      });
    }
    if (input === `/api/echo/${ID}/captures`) {
      return listStatus === 200
        ? json(200, { captures, expiresAt: new Date(Date.now() + 60_000).toISOString() })
        : json(404, { error: { code: "not_found", message: "expired" } });
    }
    return json(404, { error: { code: "not_found", message: "no" } });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("EchoPanel", () => {
  it("creates a capture URL, shows client snippets, lists captures with verdicts and reports evidence", async () => {
    const onEvidence = vi.fn<(echo: EchoEvidence[]) => void>();
    render(<EchoPanel keyFingerprint={FP} providerId="openai" onEvidence={onEvidence} />);
    await userEvent.click(screen.getByRole("button", { name: "Create a capture URL" }));

    expect(await screen.findByTestId("echo-url")).toHaveTextContent(URL_);
    expect(screen.getByText(`OPENAI_BASE_URL=${URL_}v1`)).toBeInTheDocument();
    expect(screen.getByText(`ANTHROPIC_BASE_URL=${URL_}`)).toBeInTheDocument();
    expect(screen.getByText("Waiting for your first request…")).toBeInTheDocument();

    // A request arrives through a proxy that stripped Authorization.
    captures = [capture("c1", [])];
    await waitFor(() => expect(screen.getByTestId("echo-status")).toHaveTextContent("1 request"), {
      timeout: 4_000,
    });
    const item = screen.getByRole("list", { name: "Captured requests" });
    expect(within(item).getByText(/No credential arrived/)).toBeInTheDocument();
    expect(item.querySelector('[data-verdict="proxy_strips_auth"]')).not.toBeNull();
    expect(screen.getByTestId("echo-status")).toHaveAttribute("aria-live", "polite");
    await waitFor(() =>
      expect(onEvidence).toHaveBeenLastCalledWith([
        {
          headerNames: ["content-type", "via"],
          method: "POST",
          path: "/v1/chat/completions",
        },
      ]),
    );

    // Then one straight from the app, with another key.
    captures = [
      ...captures,
      capture("c2", [
        {
          name: "authorization",
          location: "header",
          scheme: "Bearer",
          fingerprint: "sha256:99999999",
          length: 56,
          findingKinds: [],
          providerIds: ["openai"],
          reason: "known_header",
        },
      ]),
    ];
    await waitFor(
      () => expect(item.querySelector('[data-verdict="stale_environment"]')).not.toBeNull(),
      { timeout: 4_000 },
    );
    expect(onEvidence.mock.lastCall?.[0]).toHaveLength(2);
    expect(onEvidence.mock.lastCall?.[0][1]?.credential?.fingerprint).toBe("sha256:99999999");
  });

  it("stops polling when the URL expires, and when it is unmounted", async () => {
    const { unmount } = render(<EchoPanel keyFingerprint={FP} onEvidence={() => {}} />);
    await userEvent.click(screen.getByRole("button", { name: "Create a capture URL" }));
    await screen.findByTestId("echo-url");
    listStatus = 404;
    expect(await screen.findByText(/has expired/, {}, { timeout: 4_000 })).toBeInTheDocument();
    const after = calls.length;
    await act(() => new Promise((r) => setTimeout(r, 2_300)));
    expect(calls.length).toBe(after);

    listStatus = 200;
    await userEvent.click(screen.getByRole("button", { name: "New capture URL" }));
    await waitFor(() =>
      expect(calls.filter((c) => c.endsWith("/captures")).length).toBeGreaterThan(2),
    );
    unmount();
    const atUnmount = calls.length;
    await act(() => new Promise((r) => setTimeout(r, 2_300)));
    expect(calls.length).toBe(atUnmount);
  });

  it("shows the server's message when creating fails", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(
          JSON.stringify({
            error: { code: "rate_limited", message: "Too many capture URLs created." },
          }),
          { status: 429 },
        ),
    );
    render(<EchoPanel keyFingerprint={FP} onEvidence={() => {}} />);
    await userEvent.click(screen.getByRole("button", { name: "Create a capture URL" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many capture URLs created.");
  });
});

describe("echoSnippets", () => {
  it("puts the provider's header and variable in curl and never a key", () => {
    const anthropic = echoSnippets(URL_, "anthropic");
    expect(anthropic[0]?.code).toBe(`ANTHROPIC_BASE_URL=${URL_}`);
    expect(anthropic.find((s) => s.id === "curl")?.code).toBe(
      `curl -sS "${URL_}v1/models" -H "x-api-key: $ANTHROPIC_API_KEY"`,
    );
    const generic = echoSnippets(URL_, undefined);
    expect(generic.find((s) => s.id === "curl")?.code).toBe(
      `curl -sS "${URL_}v1/models" -H "Authorization: Bearer $API_KEY"`,
    );
    expect(anthropic.find((s) => s.id === "docker")?.code).toBe(
      `docker exec <container> sh -c 'curl -sS "${URL_}v1/models" -H "x-api-key: $ANTHROPIC_API_KEY"'`,
    );
    expect(echoSnippets(URL_, "gemini").find((s) => s.id === "curl")?.code).toContain(
      "x-goog-api-key: $GEMINI_API_KEY",
    );
  });
});
