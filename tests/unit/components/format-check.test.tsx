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
});
