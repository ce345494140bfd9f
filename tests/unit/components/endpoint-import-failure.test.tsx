// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, expect, it, vi } from "vitest";
import { EndpointStep } from "@/components/wizard/endpoint-step";
import { type Draft, EMPTY_DRAFT } from "@/components/wizard/wizard-state";

// The parsers' chunk failing to load, as a dropped connection makes it fail in a browser.
vi.mock("@/lib/request-import", () => {
  throw new Error("Failed to fetch dynamically imported module");
});

afterEach(cleanup);

function Harness() {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  return (
    <EndpointStep
      draft={draft}
      update={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      provider={undefined}
      detected={undefined}
      focusOnMount={false}
      onNext={() => {}}
    />
  );
}

it("a pasted command whose reader cannot load says so instead of reading forever", async () => {
  render(<Harness />);
  fireEvent.change(screen.getByLabelText("Endpoint URL or curl command"), {
    target: { value: 'curl https://api.x.example/v1 -H "x-api-key: k1"' },
  });
  expect(
    await screen.findByText(/command reader could not be loaded/, {}, { timeout: 10_000 }),
  ).toBeInTheDocument();
  expect(screen.queryByText("Reading the command…")).toBeNull();
});
