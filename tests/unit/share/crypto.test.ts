import { describe } from "vitest";
import { cryptoCases } from "./crypto-cases";

describe("share crypto (node WebCrypto)", () => {
  cryptoCases();
});
