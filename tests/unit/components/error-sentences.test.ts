import { describe, expect, it } from "vitest";
import { ERROR_CODES_WITH_SENTENCES, errorSentence } from "@/components/wizard/error-sentences";
import { errorCodeSchema } from "@/lib/api/errors";

describe("error sentences", () => {
  it.each(errorCodeSchema.options)("%s has a sentence that does not show the code", (code) => {
    expect(ERROR_CODES_WITH_SENTENCES).toContain(code);
    const text = errorSentence(code, "endpoint: must be an http:// or https:// URL");
    expect(text).not.toContain(code);
    expect(text).toMatch(/^[A-Z].*\.$/);
  });

  it("keeps the server's detail after the sentence, and drops a detail that is only a code", () => {
    expect(errorSentence("validation_failed", "headers: at most 32 headers")).toBe(
      "Something in the request needs fixing first. headers: at most 32 headers.",
    );
    expect(errorSentence("rate_limited", "validation_failed")).toBe(
      "Too many tests from your address in the last minute.",
    );
    expect(errorSentence("http_502")).toBe("The test could not be run.");
  });
});
