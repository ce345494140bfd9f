/** Evidence specs used by more than one of the diagnosis suites (cases, scenarios, contradictions). */

import { type EvidenceSpec, recorded } from "./build-evidence";
import { inline } from "./inline-answers";
import { KEYS } from "./keys";

export const SPECS = {
  /** An xAI key sent to Groq, refused as an invalid key. */
  xaiKeyToGroq: {
    key: KEYS.xai,
    provider: "groq",
    probes: [recorded("as-sent", "groq-invalid-key")],
  },
  /** A Cloudflare Global API Key sent as a Bearer token. */
  cloudflareGlobalAsBearer: {
    key: KEYS.cloudflareGlobal,
    provider: "cloudflare",
    probes: [
      recorded("as-sent", "cloudflare-global-key-as-bearer"),
      recorded("no-credential", "cloudflare-missing-headers"),
    ],
  },
  /** A Slack token refused with `200 {"ok":false,"error":"invalid_auth"}`. */
  slackInvalidAuth: {
    key: KEYS.slack,
    provider: "slack",
    probes: [
      recorded("as-sent", "slack-invalid-auth"),
      recorded("no-credential", "slack-not-authed"),
    ],
  },
  /** A Slack token that works but lacks a scope. */
  slackMissingScope: {
    key: KEYS.slack,
    provider: "slack",
    probes: [inline("as-sent", "slackMissingScope"), recorded("no-credential", "slack-not-authed")],
  },
} satisfies Record<string, EvidenceSpec>;
