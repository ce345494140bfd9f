import { describe, expect, it } from "vitest";
import { fingerprintKey, inspectKey, judgeFingerprint } from "@/lib/inspect";

const KEY = "sk-proj-Vq8Lr2Tn5Wb9Xc3Zd7Fg1Hk4Jm6Np0Qs8Rt2Uv5Wx9Yz3Ab7Cd1Ef4Gh6Ij0Kl";

describe("judgeFingerprint", () => {
  it.each([
    ["the key as pasted", KEY, KEY, { matches: true, matchedForm: "pasted" }],
    [
      "a trailing line break only in the paste",
      `${KEY}\n`,
      KEY,
      { matches: true, matchedForm: "cleaned" },
    ],
    ["CRLF only in the paste", `${KEY}\r\n`, KEY, { matches: true, matchedForm: "cleaned" }],
    ["quotes only in the paste", `"${KEY}"`, KEY, { matches: true, matchedForm: "cleaned" }],
    [
      "the app has the line break too",
      `${KEY}\n`,
      `${KEY}\n`,
      { matches: true, matchedForm: "pasted" },
    ],
    ["another key", KEY, `${KEY.slice(0, -1)}X`, { matches: false }],
  ])("%s", async (_n, pasted, inApp, expected) => {
    const printed = await fingerprintKey(inApp);
    expect(await judgeFingerprint(pasted, inspectKey(pasted).cleaned, printed)).toEqual(expected);
  });

  it("reads a printed fingerprint with stray case and spaces", async () => {
    const printed = ` ${(await fingerprintKey(KEY)).toUpperCase().replace("SHA256", "sha256")} `;
    expect((await judgeFingerprint(KEY, KEY, printed)).matches).toBe(true);
  });
});
