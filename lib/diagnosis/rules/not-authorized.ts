import { answerLabel } from "./describe";
import { refused } from "./key-facts";
import type { Rule } from "./types";

export const notAuthorized: Rule = (_ev, ctx) => {
  const asSent = refused(ctx);
  if (!asSent) return undefined;
  const res = asSent.response;
  const says = asSent.meaning === "not_authorized";
  const plain403 = res.status === 403 && asSent.meaning === undefined && !res.layer.isGateway;
  if (!says && !plain403) return undefined;

  let confidence = says ? (asSent.meaningSource === "catalog" ? 0.88 : 0.85) : 0.45;
  const evidence = [
    `${ctx.apiTitle} answered ${answerLabel(asSent)}${asSent.note ? `: ${asSent.note}` : ""}.`,
  ];
  const baseline = ctx.noCredential?.response;
  if (baseline && baseline.status !== res.status) {
    confidence = Math.min(0.95, confidence + 0.15);
    evidence.push(
      `Without a key it answered ${baseline.status} instead: the key was recognised, it just may not do this.`,
    );
  }
  const scope = res.challenges.find((c) => c.params.scope)?.params.scope;
  if (scope) evidence.push(`The challenge names the scope it needs: "${scope}".`);
  const keyPage = ctx.provider?.keyPage;
  return {
    id: "not_authorized",
    confidence,
    title: "Authenticated, but not allowed (scope, plan, restricted key)",
    headline: "The key works, but it is not allowed to do this",
    evidence,
    fix: [
      `Give the key the missing permission or scope${keyPage ? ` at ${keyPage}` : ""}, or use a key that has it: restricted, read-only and project keys cannot do everything.`,
      "For OAuth and app tokens, request the scope and get a new token: an existing token keeps the scopes it was issued with (Slack: add the scope, then reinstall the app).",
      "Check the account's plan and access to this resource (model, repository, region, organization).",
    ],
    basis: "probe",
  };
};
