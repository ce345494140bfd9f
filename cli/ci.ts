import type { Env } from "./sources";

/**
 * In CI an empty or missing key is not a 401 to diagnose: the secret never reached the job.
 * GitHub Actions passes no repository secrets (and a read-only GITHUB_TOKEN) to workflows
 * run for pull requests from forks, so there the variable is empty by design.
 */

const FORK_EVENTS = new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);

export function isCi(env: Env): boolean {
  const ci = (env.CI ?? "").toLowerCase();
  return ci === "true" || ci === "1";
}

export function ciSecretMessage(name: string, env: Env, missing: boolean): string {
  const state = missing ? "is not set" : "is empty";
  const lines = [
    `${name} ${state} in this CI job: the secret did not reach it, so any request gets 401.`,
  ];
  if (env.GITHUB_ACTIONS === "true" && FORK_EVENTS.has(env.GITHUB_EVENT_NAME ?? "")) {
    lines.push(
      "",
      `This job runs for a pull request (${env.GITHUB_EVENT_NAME}). GitHub Actions does not pass repository or organisation secrets to workflows triggered from forks (Dependabot pull requests get only Dependabot secrets), so ${name} is empty here while it works on your own branches.`,
      "",
      "What to do:",
      "  1. Skip the steps that need the key on fork pull requests:",
      `       if: github.event.pull_request.head.repo.full_name == github.repository`,
      "  2. Or run them after review from a trusted event (push to a branch, workflow_dispatch, a label a maintainer adds); do not check out and run fork code under pull_request_target with secrets.",
      "  3. Use a mock or recorded answers for the API in fork pull requests.",
    );
  } else {
    lines.push(
      "",
      "What to check:",
      `  1. The secret exists where the job looks (repository, organisation or environment secrets) under exactly this name.`,
      `  2. The step maps it into the environment: env: ${name}: \${{ secrets.${name} }}`,
      "  3. Environment secrets need `environment:` on the job; organisation secrets must allow this repository.",
    );
  }
  return lines.join("\n");
}
