import { MARKERS_LABEL, NAME_LABEL, VARIABLE_LABELS } from "../../inspect/placeholders";
import { getProvider } from "../../providers";
import { cleanedProven } from "../baseline";
import {
  CERTAIN,
  LEANING,
  LIKELY,
  NOTCH,
  NUDGE,
  PROBABLE,
  PROVEN,
  SAID,
  STRONG,
} from "../confidence";
import { findingKindsFor } from "../finding-causes";
import { basisFor, echoes, findingsOf, refused } from "../rule-support/evidence-lookups";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

const KINDS = findingKindsFor("key_placeholder");

const GENERIC_VARIABLE_FIX = `The variable was never expanded: \${X} and $X are only replaced by a shell or a dotenv loader with expansion. In code, read process.env.X (or os.environ['X']); do not put the variable's name inside a string.`;

/** The fix for the runtime the variable's spelling points to (the finding's label names it). */
const RUNTIME_FIXES: Record<string, string> = {
  [NAME_LABEL]:
    'This is the variable\'s name, not its value: print the value (shell: printf %s "$NAME"; Node: process.env.NAME; Python: os.environ["NAME"]) and paste that, or set the variable to the key itself.',
  [VARIABLE_LABELS.actions]:
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the fix quotes the Actions syntax.
    "GitHub Actions replaces ${{ secrets.NAME }} only inside a workflow file: map it to an environment variable there (env: NAME: ${{ secrets.NAME }}), read that variable in your program, and check the secret exists in the repository or environment settings (workflows from forks get no secrets).",
  [VARIABLE_LABELS.template]:
    "{{NAME}} is replaced only by the tool that owns the template: in Postman, select the environment that defines the variable and check its Current value (a variable without one is sent as typed); in Handlebars, Jinja or similar, render the template before sending.",
  [VARIABLE_LABELS.formatField]:
    "{NAME} is replaced only when the string is formatted (Python's str.format or an f-string, a config template): the program sent the template without filling it in. Check that the setting holding the key is read and passed, and update the tool if it is its bug.",
  [VARIABLE_LABELS.shellBraces]: `The variable was never expanded: a shell replaces \${NAME} only outside single quotes, a .env file loaded without expansion keeps it as typed, and in code it is replaced only inside a template literal. Export the variable and write "\${NAME}" in double quotes, or in code read process.env.NAME (Node) or os.environ["NAME"] (Python).`,
  [VARIABLE_LABELS.shell]:
    'The variable was never expanded: a shell replaces $NAME only outside single quotes, and a .env file loaded without expansion keeps it as typed. Export the variable (export NAME=<key>) and write "$NAME" in double quotes, or in code read process.env.NAME (Node) or os.environ["NAME"] (Python).',
  [VARIABLE_LABELS.powershell]:
    "PowerShell replaces $env:NAME only unquoted or in double quotes: set it in the same session ($env:NAME = '...') and write \"$env:NAME\"; single quotes keep the name.",
  [VARIABLE_LABELS.cmd]:
    "Windows cmd replaces %NAME% only when the variable is set in that window (set NAME=..., or setx and then a new window); PowerShell does not read %NAME%: write $env:NAME there.",
  [VARIABLE_LABELS.node]:
    'In Node.js, read process.env.NAME as code, not inside a string, and load the .env file before creating the client (import "dotenv/config" or node --env-file=.env).',
  [VARIABLE_LABELS.python]:
    'In Python, call os.environ["NAME"] or os.getenv("NAME") as code, not inside a string, and load the .env file first (python-dotenv: load_dotenv()).',
  [VARIABLE_LABELS.ruby]:
    'In Ruby, evaluate ENV["NAME"] (or ENV.fetch("NAME")) as code, not inside a string, and load the .env file first (the dotenv gem).',
  [VARIABLE_LABELS.java]:
    'In Java, call System.getenv("NAME") as code, not inside a string, and check the variable is set for the JVM\'s process.',
  [VARIABLE_LABELS.dotnet]:
    'In .NET, call Environment.GetEnvironmentVariable("NAME") as code, not inside a string, and check the variable is set for the process.',
};

const STRENGTH: Record<string, number> = {
  empty: PROVEN,
  unexpanded_variable: SAID + NUDGE,
  placeholder: SAID,
  redacted: STRONG,
  url_pasted: LIKELY - NOTCH,
  assignment_pasted: LIKELY - NOTCH,
};

const HEADLINES: Record<string, string> = {
  empty: "The key is empty",
  unexpanded_variable: "A variable name was sent instead of its value",
  placeholder: "A placeholder was sent instead of a real key",
  redacted: "The key is redacted, so it cannot work",
  url_pasted: "A URL was pasted instead of the key",
  assignment_pasted: "A whole KEY=value line was pasted instead of the key",
};

export const keyPlaceholder: Rule = (ev, ctx) => {
  const found = findingsOf(ev, KINDS);
  const echoed = echoes(ev).find(
    (e) =>
      e.credential &&
      (e.credential.length === 0 ||
        e.credential.findingKinds.some((k) =>
          ["empty", "placeholder", "unexpanded_variable"].includes(k),
        )),
  );
  if (found.length === 0 && !echoed) return undefined;

  const top = [...found].sort((a, b) => (STRENGTH[b.kind] ?? 0) - (STRENGTH[a.kind] ?? 0))[0];
  let confidence = top ? (STRENGTH[top.kind] ?? PROBABLE) : 0;
  const evidence = found.slice(0, 3).map((f) => f.message);
  const redactedOnly = found.length > 0 && found.every((f) => f.kind === "redacted");
  const fix: string[] = [];

  const inspectedRedacted = !ctx.hasProbes && redactedOnly;
  if (inspectedRedacted) {
    // The user pasted a redacted key on purpose: it is judged on what it shows, and the
    // redaction is not offered as the reason the real key fails.
    confidence = LEANING;
    evidence.push(
      "Only the key's shape can be checked: a redacted key cannot be tested against the API.",
    );
    const visible = ev.keyProviders[0];
    if (visible) {
      evidence.push(
        `What is visible has the shape of a ${getProvider(visible.providerId).name} key.`,
      );
    }
    fix.push(
      "To test the key itself, paste the real key: it is sent only to the endpoint, never stored or logged.",
    );
  }
  const asSent = refused(ctx);
  if (asSent && top) {
    confidence = Math.min(CERTAIN, confidence + NUDGE);
    evidence.push(`${ctx.apiTitle} answered ${answerLabel(asSent)} to it.`);
  }
  // Only a pasted wrapping (NAME=value, "key": value) leaves a real key once peeled off.
  if (ctx.cleaned && cleanedProven(ctx)) {
    confidence = PROVEN + NUDGE;
    evidence.push(`With only the value sent, the same key worked: ${answerLabel(ctx.cleaned)}.`);
  }
  if (echoed) {
    confidence = Math.max(confidence, SAID + NUDGE);
    evidence.push(
      echoed.credential?.length === 0
        ? `The echo check saw your app send an empty ${echoed.credential.name}.`
        : "The echo check saw your app send a placeholder or an unexpanded variable instead of the key.",
    );
  }
  const kinds = new Set(found.map((f) => f.kind));
  const variables = found.filter((f) => f.kind === "unexpanded_variable");
  for (const step of new Set(
    variables.map((f) => RUNTIME_FIXES[f.label] ?? GENERIC_VARIABLE_FIX),
  )) {
    fix.push(step);
  }
  if (kinds.has("empty") || echoed?.credential?.length === 0) {
    fix.push(
      "The variable is empty or unset where the request is made: check its exact name, that the .env file is loaded before the client is created, and that the deployment sets it.",
    );
  }
  if (kinds.has("assignment_pasted")) {
    fix.push(
      'Put only the value into the key field or variable: the NAME= (or "name": ) part was sent as part of the key.',
    );
  }
  if (kinds.has("url_pasted")) {
    fix.push("A URL is not a key: put the URL in the endpoint field and the key itself here.");
  }
  // A real key left inside its template's <…> needs the markers removed, not another key.
  const marked = found.some((f) => f.kind === "placeholder" && f.label === MARKERS_LABEL);
  const placeholders = found.filter((f) => f.kind === "placeholder" && f.label !== MARKERS_LABEL);
  if (marked) {
    fix.push(
      "Remove the <…> or […] around the key: a template's markers show where the key goes and are not part of it.",
    );
  }
  if (placeholders.length > 0 || (kinds.has("url_pasted") && !ctx.cleaned?.success)) {
    fix.push(
      ctx.provider?.keyPage
        ? `Replace it with the real key from ${ctx.provider.keyPage}.`
        : "Replace it with the real key from the API's dashboard.",
    );
  }
  if (kinds.has("redacted") && ctx.hasProbes) {
    fix.push(
      "Use the full key: a key shortened with … or *** for display is not the key. Dashboards show the full key only once, when it is created.",
      ctx.provider?.keyPage
        ? `If you no longer have the full key, create a new one at ${ctx.provider.keyPage}.`
        : "If you no longer have the full key, create a new one in the API's dashboard.",
    );
  }
  if (fix.length === 0) fix.push("Put the real key in the variable your app reads.");

  return {
    id: "key_placeholder",
    confidence,
    title: inspectedRedacted
      ? "A redacted copy: judged only on what it shows"
      : "A placeholder, an empty value or an unexpanded variable instead of the key",
    headline: inspectedRedacted
      ? "The key is redacted: only its shape was checked"
      : top?.label === MARKERS_LABEL
        ? "The key was sent with its template's <…> or […] markers around it"
        : top
          ? (HEADLINES[top.kind] ?? HEADLINES.placeholder!)
          : HEADLINES.placeholder!,
    evidence,
    fix,
    basis: echoed && found.length === 0 ? "environment" : basisFor(ctx),
  };
};
