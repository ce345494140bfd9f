// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { KeyField } from "@/components/wizard/key-field";
import { KeyLine } from "@/components/wizard/key-line";
import { inspectKey } from "@/lib/inspect";

afterEach(cleanup);

const SECRET = "sk-proj-Zq9Yx8Wv7Ut6Sr5Qp4On3Ml2";

describe("KeyLine", () => {
  it("keeps every marker of a 16 KB key but shrinks the long plain stretches", () => {
    const half = "a".repeat(8 * 1024);
    const raw = `${half}\u200b${half} `;
    render(<KeyLine raw={raw} findings={inspectKey(raw).findings} revealed={false} />);
    const line = screen.getByTestId("key-line");
    expect(line.querySelectorAll("[data-marker]")).toHaveLength(2);
    expect(line.textContent).toContain(
      `… ${(8 * 1024 - 200).toLocaleString("en")} more characters …`,
    );
    expect((line.textContent ?? "").length).toBeLessThan(1000);
    expect(line.querySelectorAll("span").length).toBeLessThan(12);
  });

  it("draws markers for hidden characters and dots for the rest while masked", () => {
    const raw = ` ${SECRET}\u200b\r\n`;
    render(<KeyLine raw={raw} findings={inspectKey(raw).findings} revealed={false} />);
    const line = screen.getByTestId("key-line");
    const text = line.textContent ?? "";
    expect(text.startsWith("SP")).toBe(true);
    expect(text).toContain("ZWSP");
    expect(text.endsWith("CRLF")).toBe(true);
    expect(text).not.toContain("Zq9");
    expect(text.replace(/SP|ZWSP|CR|LF/g, "")).toMatch(/^•+$/);
    expect(line.querySelectorAll("[data-marker]")).toHaveLength(4);
    expect(line).toHaveAccessibleName(/4 hidden or special characters marked/);
  });

  it("explains each kind of marker once, under the line", () => {
    const raw = ` ${SECRET} \n`;
    render(<KeyLine raw={raw} findings={inspectKey(raw).findings} revealed={false} />);
    expect(screen.getByTestId("key-line-legend")).toHaveTextContent(
      "Boxes mark characters you cannot see: SP = space, LF = line feed (a line break).",
    );
  });

  it("shows no legend when nothing is hidden", () => {
    render(<KeyLine raw={SECRET} findings={inspectKey(SECRET).findings} revealed={false} />);
    expect(screen.queryByTestId("key-line-legend")).toBeNull();
  });

  it("shows the characters when revealed", () => {
    const raw = `${SECRET} `;
    render(<KeyLine raw={raw} findings={inspectKey(raw).findings} revealed />);
    expect(screen.getByTestId("key-line").textContent).toBe(`${SECRET}SP`);
  });
});

describe("KeyField", () => {
  it("is masked, never autocompleted, and ignored by password managers", () => {
    let revealed = false;
    const { rerender } = render(
      <KeyField
        value={SECRET}
        onChange={() => {}}
        revealed={revealed}
        onToggle={() => (revealed = !revealed)}
      />,
    );
    const field = screen.getByLabelText("API key or token");
    expect(field.tagName).toBe("TEXTAREA");
    expect(field).toHaveClass("key-masked");
    for (const [name, value] of [
      ["autocomplete", "off"],
      ["autocorrect", "off"],
      ["autocapitalize", "off"],
      ["spellcheck", "false"],
      ["data-lpignore", "true"],
      ["data-form-type", "other"],
    ]) {
      expect(field.getAttribute(name as string)).toBe(value);
    }
    expect(field.hasAttribute("data-1p-ignore")).toBe(true);
    expect(field.hasAttribute("data-bwignore")).toBe(true);
    expect(field.closest("form")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    expect(revealed).toBe(true);
    rerender(<KeyField value={SECRET} onChange={() => {}} revealed onToggle={() => {}} />);
    expect(screen.getByLabelText("API key or token")).not.toHaveClass("key-masked");
    expect(screen.getByRole("button", { name: "Hide" })).toHaveAttribute("aria-pressed", "true");
  });

  it("keeps a pasted line break (an <input> would strip it)", () => {
    const seen: string[] = [];
    render(
      <KeyField value="" onChange={(v) => seen.push(v)} revealed={false} onToggle={() => {}} />,
    );
    fireEvent.change(screen.getByLabelText("API key or token"), {
      target: { value: `${SECRET}\n` },
    });
    expect(seen).toEqual([`${SECRET}\n`]);
  });
});
