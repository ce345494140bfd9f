/** Fix steps shared by several rules, made provider-specific from the catalog where it can. */

import type { RuleContext } from "./rule";

/** Where to make a new key. */
export function regenerateStep(ctx: RuleContext): string {
  const page = ctx.provider?.keyPage;
  return page
    ? `Create a new key at ${page} and replace the old one everywhere it is set (.env files, CI secrets, the deployment).`
    : `Create a new key in ${ctx.apiName}'s dashboard and replace the old one everywhere it is set (.env files, CI secrets, the deployment).`;
}

/** Which header the provider wants (its catalog `authHint`). */
export function headerStep(ctx: RuleContext): string {
  return (
    ctx.provider?.authHint ??
    "Check the API's documentation for where the key goes (Authorization: Bearer <key>, X-API-Key: <key>, a query parameter…)."
  );
}

/**
 * Headers the provider requires besides the key (e.g. anthropic-version), leaving out those
 * a step already shown names (`besides`: the auth hint often mentions them).
 */
export function requiredHeaderSteps(ctx: RuleContext, besides = ""): string[] {
  const said = besides.toLowerCase();
  const headers = Object.entries(ctx.provider?.requiredHeaders ?? {}).filter(
    ([name]) => !said.includes(name.toLowerCase()),
  );
  return headers.map(
    ([name, value]) => `Also send the header ${name}: ${value}; ${ctx.apiName} requires it.`,
  );
}

export const CHECK_ENVIRONMENT_STEPS: readonly string[] = [
  "Print the fingerprint of the key your running app sees (Environment step) and compare it with this one: a mismatch means a stale environment (restart the process, rebuild the Docker image or pass the variable at run time, reload .env).",
  "Point your app at an echo URL (Environment step) to see which header it really sends: a proxy may strip or rewrite it.",
];
