// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { applyImport } from "@/components/wizard/import-request";
import { ImportSummaryView } from "@/components/wizard/import-summary";
import { EMPTY_DRAFT } from "@/components/wizard/wizard-state";
import { importRequest } from "@/lib/request-import";

afterEach(cleanup);

function summaryOf(command: string) {
  const result = importRequest(command);
  const patch = applyImport(EMPTY_DRAFT, result);
  if (!patch.imported) throw new Error("nothing imported");
  render(<ImportSummaryView summary={patch.imported} />);
  return { patch, line: screen.getByTestId("import-credential") };
}

describe("the import summary shows no more of the key than a report would", () => {
  const LONG = "sk-proj-abcdef0123456789abcdef0123456789";

  it("a long key: its preview, and where it went", () => {
    const { line } = summaryOf(`curl https://api.x.example/v1 -H "Authorization: Bearer ${LONG}"`);
    expect(line).toHaveTextContent("sk-…6789, moved to the key field (step 2)");
  });

  it("a user:password pair: moved, with no slice of the password", () => {
    const { patch, line } = summaryOf("curl -u admin:hunter2secret https://api.x.example/v1");
    expect(patch.key).toBe("admin:hunter2secret");
    expect(line).toHaveTextContent("Key from -u (Basic), moved to the key field (step 2)");
    expect(line.textContent).not.toContain("cret");
    expect(line.textContent).not.toContain("…");
  });

  it("a short key: moved, no preview", () => {
    const { line } = summaryOf('curl https://api.x.example/v1 -H "x-api-key: k9Qz7Lm2Wp"');
    expect(line).toHaveTextContent("moved to the key field (step 2)");
    expect(line.textContent).not.toContain("k9");
    expect(line.textContent).not.toContain("Wp");
  });

  it("a variable in place of the key: nothing moved", () => {
    const { line } = summaryOf('curl https://api.x.example/v1 -H "x-api-key: $ACME_KEY"');
    expect(line).not.toHaveTextContent("moved");
  });
});
