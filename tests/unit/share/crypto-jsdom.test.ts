// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { cryptoCases } from "./crypto-cases";

describe("share crypto (jsdom)", () => {
  it("runs in a browser-like environment", () => {
    expect(typeof window).toBe("object");
    expect(typeof globalThis.crypto?.subtle?.encrypt).toBe("function");
  });
  cryptoCases();
});
