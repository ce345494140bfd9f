// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PlacementSuggestion, wantedPlacement } from "@/components/wizard/placement-suggestion";
import { type Draft, EMPTY_DRAFT } from "@/components/wizard/wizard-state";
import { getProvider } from "@/lib/providers";

afterEach(cleanup);

const ANTHROPIC = `sk-ant-api03-${"a1B2".repeat(23)}AA`;
const OPENAI = `sk-proj-${"Ab12".repeat(30)}`;

describe("placement suggestion", () => {
  it("knows where a recognised key goes", () => {
    expect(wantedPlacement(ANTHROPIC)?.auth).toEqual({ placement: "header", name: "x-api-key" });
    expect(wantedPlacement("hello")).toBeUndefined();
  });

  it("offers one click to the provider's placement, and is gone once it is chosen", () => {
    let draft: Draft = { ...EMPTY_DRAFT, endpoint: "https://llm.internal/v1", key: ANTHROPIC };
    const update = (patch: Partial<Draft>) => {
      draft = { ...draft, ...patch };
    };
    const { rerender } = render(
      <PlacementSuggestion draft={draft} update={update} provider={undefined} />,
    );
    expect(screen.getByTestId("placement-suggestion")).toHaveTextContent(
      "Anthropic wants it as x-api-key: <key>, not Authorization: Bearer <key>",
    );
    fireEvent.click(screen.getByRole("button", { name: "Use x-api-key: <key>" }));
    expect(draft.auth).toEqual({ placement: "header", name: "x-api-key" });
    rerender(<PlacementSuggestion draft={draft} update={update} provider={undefined} />);
    expect(screen.queryByTestId("placement-suggestion")).toBeNull();
  });

  it("says nothing when the placement already fits or the endpoint is another provider's", () => {
    const openai = { ...EMPTY_DRAFT, endpoint: "https://x.example/v1", key: OPENAI };
    render(<PlacementSuggestion draft={openai} update={() => {}} provider={undefined} />);
    expect(screen.queryByTestId("placement-suggestion")).toBeNull();
    const elsewhere = { ...EMPTY_DRAFT, key: ANTHROPIC };
    render(
      <PlacementSuggestion draft={elsewhere} update={() => {}} provider={getProvider("openai")} />,
    );
    expect(screen.queryByTestId("placement-suggestion")).toBeNull();
  });
});
