import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/diagnosis";
import { inspectKey } from "@/lib/inspect";
import { ansiC, buildCurl } from "@/lib/report/curl";
import { reportCurls, strayAffix } from "@/lib/report/curl-commands";
import { buildEvidence, type EvidenceSpec, recorded } from "../diagnosis/build-evidence";
import { inline } from "../diagnosis/inline-answers";
import { KEYS } from "../diagnosis/keys";

const CREATED = "2026-11-27T12:00:00.000Z";

async function curlsFor(spec: EvidenceSpec) {
  const report = buildReport(await buildEvidence(spec), CREATED);
  return { report, curls: reportCurls(report) };
}

/** Runs a command in bash with a stand-in curl that prints each argument as JSON. */
function argsOf(command: string, key: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }; ${command}`;
  const out = execFileSync("bash", ["-c", script], {
    env: { PATH: process.env.PATH, API_KEY: key } as unknown as NodeJS.ProcessEnv,
  }).toString();
  return out.split("\0").slice(0, -1);
}

describe("ansiC", () => {
  it("spells out invisible characters and escapes quotes", () => {
    expect(ansiC("\n")).toBe("$'\\n'");
    expect(ansiC("\r\n")).toBe("$'\\r\\n'");
    expect(ansiC("\u200b")).toBe("$'\\u200b'");
    expect(ansiC(" '\\")).toBe("$'\\x20\\'\\\\'");
  });
});

describe("strayAffix", () => {
  it.each([
    [`${KEYS.openai}\n`, "", "\n"],
    [`${KEYS.openai}\r\n`, "", "\r\n"],
    [` ${KEYS.openai}  `, " ", "  "],
    [`\ufeff${KEYS.openai}`, "\ufeff", ""],
    [`"${KEYS.openai}"`, '"', '"'],
    [`Bearer ${KEYS.openai}`, "Bearer ", ""],
    [`\u200b${KEYS.openai}\t`, "\u200b", "\t"],
  ])("%j", (raw, before, after) => {
    const inspection = inspectKey(raw);
    const affix = strayAffix(inspection.findings, raw.length);
    expect(affix).toEqual({ before, after, inner: [] });
    // Spliced around the clean key, the affix rebuilds exactly what was pasted.
    expect(`${affix.before}${inspection.cleaned}${affix.after}`).toBe(raw);
  });

  it("leaves a character inside the key to a sentence", () => {
    const raw = `${KEYS.openai.slice(0, 10)}\u200b${KEYS.openai.slice(10)}`;
    const affix = strayAffix(inspectKey(raw).findings, raw.length);
    expect(affix.before + affix.after).toBe("");
    expect(affix.inner).toHaveLength(1);
  });
});

describe("reportCurls", () => {
  it("a trailing line break: the failing command sends it, the working one does not", async () => {
    const { curls } = await curlsFor({
      key: `${KEYS.openai}\n`,
      provider: "openai",
      probes: [
        { variant: "as-sent", error: { kind: "invalid_header", message: "Invalid header value" } },
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    });
    const failing = curls.find((c) => c.kind === "failing")!;
    const working = curls.find((c) => c.kind === "working")!;
    expect(failing.command).not.toBe(working.command);
    expect(failing.command).toContain(`"Authorization: Bearer $API_KEY"$'\\n'`);
    expect(working.request).toBe(3);
    expect(working.label).toContain("request 3");
    // In a real shell the failing header ends with the line break; the working one does not.
    const clean = "k3y";
    expect(argsOf(failing.command, clean)).toContain(`Authorization: Bearer ${clean}\n`);
    expect(argsOf(working.command, clean)).toContain(`Authorization: Bearer ${clean}`);
  });

  it("a hidden character inside the key: the same command, with a sentence saying the value differs", async () => {
    const raw = `${KEYS.openai.slice(0, 10)}\u200b${KEYS.openai.slice(10)}`;
    const { curls } = await curlsFor({
      key: raw,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    });
    const failing = curls.find((c) => c.kind === "failing")!;
    const working = curls.find((c) => c.kind === "working")!;
    expect(failing.command).toBe(working.command);
    expect(failing.note).toMatch(/inside it that a command line cannot show/);
  });

  it("nothing worked: the fix the top cause names, marked not yet tried", async () => {
    const { report, curls } = await curlsFor({
      key: KEYS.openai,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    });
    expect(report.causes[0]?.id).toBe("key_rejected");
    expect(curls.map((c) => c.kind)).toEqual(["failing", "suggested"]);
    const suggested = curls[1]!;
    expect(suggested.label).toMatch(/not yet tried/);
    expect(suggested.note).toMatch(/^Not yet tried: .*new or active key/);
    expect(suggested.probe).toBeUndefined();
  });

  it("nothing worked and the key is in the wrong place: the suggestion uses the provider's placement", async () => {
    const { report, curls } = await curlsFor({
      key: KEYS.anthropic,
      provider: "anthropic",
      auth: { placement: "bearer" },
      probes: [
        recorded("as-sent", "anthropic-no-key"),
        recorded("no-credential", "anthropic-no-key"),
      ],
    });
    expect(["wrong_auth_header", "credentials_not_received"]).toContain(report.causes[0]?.id);
    const suggested = curls.find((c) => c.kind === "suggested")!;
    expect(suggested.command).toContain('-H "x-api-key: $API_KEY"');
    expect(suggested.command).toContain("anthropic-version");
    expect(curls.find((c) => c.kind === "failing")?.command).toContain("Authorization: Bearer");
  });

  it("an open endpoint's anonymous 200 is not offered as the working request", async () => {
    const body = JSON.stringify({ full_name: "octo/hello" });
    const { curls } = await curlsFor({
      key: KEYS.github,
      provider: "github",
      url: "https://api.github.com/repos/octo/hello",
      probes: [
        { variant: "as-sent", status: 401, body: JSON.stringify({ message: "Bad credentials" }) },
        { variant: "no-credential", status: 200, body },
        { variant: "x-api-key", status: 200, body },
      ],
    });
    expect(curls.map((c) => c.kind)).toEqual(["failing", "suggested"]);
  });

  it("another placement sent with the cleaned key says $API_KEY holds the cleaned key", async () => {
    const { curls } = await curlsFor({
      key: ` ${KEYS.custom}`,
      probes: [
        { variant: "as-sent", status: 401, body: JSON.stringify({ error: "invalid api key" }) },
        {
          variant: "no-credential",
          status: 401,
          body: JSON.stringify({ error: "missing api key" }),
        },
        { ...inline("x-api-key", "customOk"), description: "X-API-Key: <cleaned key>" },
      ],
    });
    const working = curls.find((c) => c.kind === "working")!;
    expect(working.note).toMatch(/cleaned key/);
    const failing = curls.find((c) => c.kind === "failing")!;
    expect(failing.command).toContain(`Bearer "$'\\x20'"$API_KEY"`);
  });

  it("keeps the typed endpoint's plain query (api-version) and drops credential parameters", async () => {
    const endpoint =
      "https://my-res.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21&api-key=SECRET&sig=S1G";
    const report = buildReport(
      await buildEvidence({
        key: `${KEYS.openai}\n`,
        provider: "openai",
        url: endpoint,
        probes: [
          {
            variant: "as-sent",
            error: { kind: "invalid_header", message: "Invalid header value" },
          },
          recorded("no-credential", "openai-no-key"),
          inline("cleaned", "openaiModels"),
        ],
      }),
      CREATED,
    );
    const withQuery = reportCurls(report, {}, endpoint);
    for (const c of withQuery) {
      expect(c.command).toContain("/chat/completions?api-version=2024-10-21");
      expect(c.command).not.toMatch(/SECRET|S1G|api-key=|sig=/);
    }
    // Without the typed endpoint (a shared report) the query is left out, as the report holds none.
    for (const c of reportCurls(report)) expect(c.command).not.toContain("?");
    // A typed endpoint that is not the report's target adds nothing.
    for (const c of reportCurls(report, {}, "https://elsewhere.test/x?api-version=1")) {
      expect(c.command).not.toContain("api-version");
    }
  });

  it("keeps the key out of every command", () => {
    expect(
      buildCurl({
        method: "GET",
        url: "https://x.test/",
        auth: { placement: "bearer" },
        keyAffix: { before: "", after: "\n" },
      }),
    ).toBe(`curl -sS -i -H "Authorization: Bearer $API_KEY"$'\\n' "https://x.test/"`);
  });
});
