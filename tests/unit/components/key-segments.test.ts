import { describe, expect, it } from "vitest";
import { segmentKey } from "@/components/wizard/key-segments";
import { inspectKey } from "@/lib/inspect";

const KEY = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx";

describe("segmentKey", () => {
  const cases: { name: string; raw: string; markers: string[] }[] = [
    { name: "trailing space", raw: `${KEY} `, markers: ["SP"] },
    { name: "leading space and CRLF", raw: ` ${KEY}\r\n`, markers: ["SP", "CR", "LF"] },
    { name: "tab", raw: `${KEY}\t`, markers: ["TAB"] },
    { name: "zero width space inside", raw: `sk-proj-AbCd\u200bEfGh`, markers: ["ZWSP"] },
    { name: "BOM in front", raw: `\ufeff${KEY}`, markers: ["BOM"] },
    { name: "NBSP at the end", raw: `${KEY}\u00a0`, markers: ["NBSP"] },
    { name: "ZWJ", raw: `ab\u200dcd`, markers: ["ZWJ"] },
    { name: "smart quotes around", raw: `\u201c${KEY}\u201d`, markers: ["\u201c", "\u201d"] },
  ];
  for (const c of cases) {
    it(`marks ${c.name} and shows no key character while masked`, () => {
      const segments = segmentKey(c.raw, inspectKey(c.raw).findings, false);
      expect(segments.filter((s) => s.kind === "marker").map((s) => s.text)).toEqual(c.markers);
      const chars = segments.filter((s) => s.kind === "char").map((s) => s.text);
      expect(chars.every((t) => t === "•")).toBe(true);
      expect(chars).toHaveLength([...c.raw].length - c.markers.length);
    });
  }

  it("shows the characters when revealed, with markers still in place", () => {
    const raw = ` ${KEY}\n`;
    const drawn = segmentKey(raw, inspectKey(raw).findings, true)
      .map((s) => s.text)
      .join("");
    expect(drawn).toBe(`SP${KEY}LF`);
  });

  it("gives the finding's severity to the characters it covers", () => {
    const raw = `${KEY} `;
    const segments = segmentKey(raw, inspectKey(raw).findings, false);
    expect(segments.at(-1)?.severity).toBeDefined();
    expect(segments[0]?.severity).toBeUndefined();
  });

  it("keeps a surrogate pair as one dot", () => {
    expect(segmentKey("a😀b", [], false).map((s) => s.text)).toEqual(["•", "•", "•"]);
  });
});
