// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FormatCheck } from "@/components/wizard/format-check";
import { getProvider } from "@/lib/providers";

afterEach(cleanup);

const OPENAI_KEY = `sk-proj-${"A1b2C3d4".repeat(6)}`;
const ANTHROPIC_KEY = `sk-ant-api03-${"A".repeat(93)}AA`;

describe("FormatCheck", () => {
  it("names the provider once when the format description already does", () => {
    render(<FormatCheck keyText={OPENAI_KEY} provider={getProvider("openai")} />);
    const text = screen.getByTestId("format-check").textContent ?? "";
    expect(text).toMatch(/^Looks like .*OpenAI/);
    expect(text.match(/OpenAI/g)).toHaveLength(1);
  });

  it("flags a key of another provider than the endpoint's", () => {
    render(<FormatCheck keyText={ANTHROPIC_KEY} provider={getProvider("openai")} />);
    expect(screen.getByTestId("format-check")).toHaveTextContent(
      /Anthropic.*the endpoint is OpenAI/,
    );
  });

  const SHOPIFY_KEY = `shpat_${"0a1b2c3d4e5f6789".repeat(2)}`;
  const BARE_32 = "Q7bz3Kq9TfWm2XcR8sLp4YhN6dJv1GaE";

  it("names a service from the registry when its key is sent to another provider", () => {
    render(<FormatCheck keyText={SHOPIFY_KEY} provider={getProvider("openai")} />);
    expect(screen.getByTestId("format-check")).toHaveTextContent(
      "Looks like a Shopify Admin API access token (shpat_…) but the endpoint is OpenAI.",
    );
  });

  it("says a cut key starts like a provider's keys, in a sentence that reads right", () => {
    render(<FormatCheck keyText="sk-…abcd" provider={getProvider("custom")} />);
    expect(screen.getByTestId("format-check")).toHaveTextContent(
      "Starts like OpenAI's keys but is shorter than their 51 characters: was the copy cut?",
    );
  });

  it("on a custom API says what the key looks like, without calling it wrong", () => {
    render(<FormatCheck keyText={SHOPIFY_KEY} provider={getProvider("custom")} />);
    const text = screen.getByTestId("format-check").textContent ?? "";
    expect(text).toBe("Looks like a Shopify Admin API access token (shpat_…).");
  });

  it("calls 32 letters and digits no Mistral key, except on Mistral, where it could be", () => {
    const { unmount } = render(<FormatCheck keyText={BARE_32} provider={getProvider("openai")} />);
    expect(screen.getByTestId("format-check")).toHaveTextContent(
      /^Does not match a known key format/,
    );
    unmount();
    render(<FormatCheck keyText={BARE_32} provider={getProvider("mistral")} />);
    expect(screen.getByTestId("format-check")).toHaveTextContent(/^Could be a Mistral API key/);
  });
});
