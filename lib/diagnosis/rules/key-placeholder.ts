import { findingKindsFor } from "../finding-causes";
import { basisFor, echoes, findingsOf, refused } from "../rule-support/evidence-lookups";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

const KINDS = findingKindsFor("key_placeholder");

const STRENGTH: Record<string, number> = {
  empty: 0.95,
  unexpanded_variable: 0.93,
  placeholder: 0.9,
  redacted: 0.85,
  url_pasted: 0.75,
  assignment_pasted: 0.75,
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
  let confidence = top ? (STRENGTH[top.kind] ?? 0.7) : 0;
  const evidence = found.slice(0, 3).map((f) => f.message);
  const redactedOnly = found.length > 0 && found.every((f) => f.kind === "redacted");
  const fix: string[] = [];

  if (!ctx.hasProbes && redactedOnly) {
    // The user pasted a redacted key on purpose: shape checks only, no verdict on the key.
    confidence = 0.6;
    evidence.push(
      "Only the key's shape can be checked: a redacted key cannot be tested against the API.",
    );
    fix.push(
      "To test the key itself, paste the real key: it is sent only to the endpoint, never stored or logged.",
    );
  }
  const asSent = refused(ctx);
  if (asSent && top) {
    confidence = Math.min(0.98, confidence + 0.03);
    evidence.push(`${ctx.apiTitle} answered ${answerLabel(asSent)} to it.`);
  }
  // Only a pasted wrapping (NAME=value, "key": value) leaves a real key once peeled off.
  if (ctx.cleaned?.success && !ctx.asSent?.success) {
    confidence = 0.97;
    evidence.push(`With only the value sent, the same key worked: ${answerLabel(ctx.cleaned)}.`);
  }
  if (echoed) {
    confidence = Math.max(confidence, 0.93);
    evidence.push(
      echoed.credential?.length === 0
        ? `The echo check saw your app send an empty ${echoed.credential.name}.`
        : "The echo check saw your app send a placeholder or an unexpanded variable instead of the key.",
    );
  }
  const kinds = new Set(found.map((f) => f.kind));
  if (kinds.has("unexpanded_variable")) {
    fix.push(
      `The variable was never expanded: \${X} and $X are only replaced by a shell or a dotenv loader with expansion. In code, read process.env.X (or os.environ['X']); do not put the variable's name inside a string.`,
    );
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
  if (kinds.has("placeholder") || (kinds.has("url_pasted") && !ctx.cleaned?.success)) {
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
    title: "A placeholder, an empty value or an unexpanded variable instead of the key",
    headline: top ? (HEADLINES[top.kind] ?? HEADLINES.placeholder!) : HEADLINES.placeholder!,
    evidence,
    fix,
    basis: echoed && found.length === 0 ? "environment" : basisFor(ctx),
  };
};
