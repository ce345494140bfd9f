import { EVEN, NOTCH, NUDGE, PROBABLE, PROVEN, SAID, STRONG } from "../confidence";
import type { ProbeResponse } from "../evidence";
import { refused } from "../rule-support/evidence-lookups";
import { answerLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const notAuthorized: Rule = (_ev, ctx) => {
  const asSent = refused(ctx);
  if (!asSent) return undefined;
  const res = asSent.response;
  const says = asSent.meaning === "not_authorized";
  const plain403 = res.status === 403 && asSent.meaning === undefined && !res.layer.isGateway;
  if (!says && !plain403) return undefined;

  let confidence = says
    ? asSent.meaningSource === "catalog"
      ? SAID - NUDGE
      : STRONG
    : EVEN - NOTCH;
  const evidence = [
    `${ctx.apiTitle} answered ${answerLabel(asSent)}${asSent.note ? `: ${asSent.note}` : ""}.`,
  ];
  const baseline = ctx.noCredential?.response;
  if (baseline && baseline.status !== res.status) {
    // A 403 where no key got a 401: the key was recognised, three notches.
    confidence = Math.min(PROVEN, confidence + 3 * NOTCH);
    evidence.push(
      `Without a key it answered ${baseline.status} instead: the key was recognised, it just may not do this.`,
    );
  }
  // A 404 that hides a private resource (GitHub) looks the same as a wrong path.
  const hidden404 = res.status === 404;
  if (hidden404) confidence = Math.min(confidence, PROBABLE);
  for (const need of neededPermissions(res)) evidence.push(need);
  const keyPage = ctx.provider?.keyPage;
  return {
    id: "not_authorized",
    confidence,
    title: "Authenticated, but not allowed (scope, plan, restricted key)",
    headline: hidden404
      ? `The key works, but ${ctx.apiName} does not show it this resource (or the path is wrong)`
      : says
        ? "The key works, but it is not allowed to do this"
        : `${ctx.apiTitle} answered 403: the key may lack permission for this`,
    evidence,
    fix: [
      `Give the key the missing permission or scope${keyPage ? ` at ${keyPage}` : ""}, or use a key that has it: restricted, read-only and project keys cannot do everything.`,
      TOKEN_SCOPE_STEPS[ctx.provider?.id ?? ""] ??
        "For OAuth and app tokens, request the scope and get a new token: an existing token keeps the scopes it was issued with.",
      "Check the account's plan and access to this resource (model, repository, region, organization).",
    ],
    basis: "probe",
  };
};

/** How a token gets a new scope, where the provider has its own way. */
const TOKEN_SCOPE_STEPS: Record<string, string> = {
  github:
    "Fine-grained tokens need the repository selected under Repository access and the permission set under Permissions; a classic token needs the scope ticked. Organization-owned repositories may also need the organization to approve the token.",
  slack:
    "Add the scope under OAuth & Permissions in the app settings, then reinstall the app to the workspace: the existing token keeps its old scopes.",
  gitlab: "Create a token with the scope this call needs (api, read_api, read_repository…).",
};

/** What the answer says is needed: a challenge's scope, GitHub's headers, Slack's `needed`. */
function neededPermissions(res: ProbeResponse): string[] {
  const out: string[] = [];
  const scope = res.challenges.find((c) => c.params.scope)?.params.scope;
  if (scope) out.push(`The challenge names the scope it needs: "${scope}".`);
  const github =
    res.headers["x-accepted-github-permissions"] ?? res.headers["x-accepted-oauth-scopes"];
  if (github) out.push(`GitHub says this endpoint needs: ${github}.`);
  const json = res.bodyJson;
  if (json !== null && typeof json === "object") {
    const needed = (json as { needed?: unknown }).needed;
    if (typeof needed === "string" && needed !== "")
      out.push(`Slack says the token needs the scope ${needed}.`);
  }
  return out;
}
