import { proven } from "../baseline";
import { CERTAIN, EVEN, NOTCH, NUDGE, SAID, WEAK } from "../confidence";
import { echoes } from "../rule-support/evidence-lookups";
import { CHECK_ENVIRONMENT_STEPS } from "../rule-support/fix-steps";
import { localSource, workingOtherValue } from "../rule-support/local-evidence";
import type { Rule } from "../rule-support/rule";

const FIX = [
  "Restart the process: environment variables are read once, at start-up; a terminal or IDE opened before the change keeps the old value.",
  "Docker: a key set with ENV or copied in at build time is baked into the image. Pass it at run time (docker run -e / --env-file, Compose environment) and rebuild.",
  "Kubernetes: pods see an updated Secret in env vars only after a restart (kubectl rollout restart deployment/<name>).",
  "Look for the same variable set in two places (shell profile, .env, .env.local, the CI or hosting dashboard): the first one loaded wins. Frameworks such as Next.js and Vite inline public variables at build time: rebuild.",
];

// `printed` and `source` are typed by the user: only a well-formed fingerprint and a short
// plain label are quoted, so a key pasted into the wrong box never reaches the report.
const FINGERPRINT = /^sha256:[0-9a-f]{8}$/;
// A label is short words ("bash / zsh (Linux)", "Docker container"); a key is one long run.
const SOURCE = /^(?:[\w.:/()-]{1,15}(?: |$)){1,8}$/;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const staleEnvironment: Rule = (ev, ctx) => {
  // The command line found another value for the same variable, and a request proved it works.
  const working = ctx.asSent && !ctx.asSent.success ? workingOtherValue(ev) : undefined;
  if (working) {
    const used = localSource(ev) ?? "the environment";
    const print = (fp: string | null, length: number) =>
      fp ? `${fp}, ${length} characters` : `${length} characters`;
    return {
      id: "stale_environment",
      confidence: CERTAIN - NUDGE,
      title: "An older value overrides the one that works",
      headline: `${capitalise(used)} overrides a working value from ${working.source}`,
      evidence: [
        `The value the process reads comes from ${used} (${print(ev.key.fingerprint, ev.key.length)}): ${ctx.apiName} refused it.`,
        `The value from ${working.source} (${print(working.fingerprint, working.length)}) was accepted by the same request.`,
      ],
      fix: [
        `Remove or update the older value (${used}): unset it, and fix the shell profile, script, Dockerfile or deployment that sets it, so the working value is read.`,
        ...FIX,
      ],
      basis: "environment",
    };
  }
  const check = ev.environment?.fingerprintCheck;
  const pasted = ev.keyFingerprint ?? ev.key.fingerprint;
  // A guessable key's report quotes no fingerprint at all: not its own, not the app's.
  const quote = ev.key.fingerprint !== null;
  const evidence: string[] = [];
  let confidence = 0;
  if (check?.matches === false) {
    confidence = SAID + NUDGE;
    const source =
      check.source !== undefined && SOURCE.test(check.source) ? ` (${check.source})` : "";
    const printed =
      quote && FINGERPRINT.test(check.printed.trim())
        ? `fingerprint ${check.printed.trim()}`
        : "a different fingerprint";
    evidence.push(
      quote
        ? `The running process${source} sees a key with ${printed}; the pasted key's is ${ev.key.fingerprint}.`
        : `The running process${source} sees a key with a different fingerprint than the pasted key.`,
    );
  }
  const differing = echoes(ev).find((e) => e.credential && e.credential.fingerprint !== pasted);
  if (differing?.credential) {
    // Hidden characters also change a fingerprint: then the key cause explains it better.
    const hidden = differing.credential.findingKinds.length > 0;
    confidence = Math.max(confidence, hidden ? EVEN : SAID - NUDGE);
    evidence.push(
      quote
        ? `The echo check saw your app send a key with fingerprint ${differing.credential.fingerprint} (${differing.credential.length} characters); the pasted key is ${ev.key.fingerprint} (${ev.key.length} characters).`
        : `The echo check saw your app send a different key (${differing.credential.length} characters); the pasted key has ${ev.key.length}.`,
    );
  }
  if (confidence > 0) {
    return {
      id: "stale_environment",
      confidence,
      title: "The running app uses a different key than the pasted one",
      headline: "Your running app uses a different key than the one you pasted",
      evidence,
      fix: FIX,
      basis: "environment",
    };
  }
  // The key works from here and nothing proves the app uses the same key: the usual suspect.
  if (proven(ctx, ctx.asSent) && check?.matches !== true) {
    return {
      id: "stale_environment",
      confidence: WEAK + NOTCH,
      title: "The running app may use a different key than the pasted one",
      headline: "Your app may be running with an old key",
      evidence: [
        "The pasted key works from here; if your app still gets 401, it most likely runs with another value.",
      ],
      fix: [CHECK_ENVIRONMENT_STEPS[0]!, ...FIX.slice(0, 2)],
      basis: "environment",
    };
  }
  return undefined;
};
