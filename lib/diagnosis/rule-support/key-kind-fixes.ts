import { regenerateStep } from "./fix-steps";
import type { RuleContext } from "./rule";

/** Fix steps for a key of the wrong kind, by kind. */
export function fixForKind(kind: string, ctx: RuleContext): string[] {
  const where = ctx.provider?.keyPage ? ` (${ctx.provider.keyPage})` : "";
  switch (kind) {
    case "publishable":
      return [
        `Use the secret key${where}: a publishable key only works in browser and mobile SDKs, never for server-side API calls.`,
        "Keep the secret key on the server; never ship it to the browser.",
      ];
    case "key_id":
      return [
        `Use the secret itself, not its ID${where}: an ID names a key but cannot authenticate.`,
        "SendGrid shows the full key (SG.<id>.<secret>) only once, when it is created; Twilio API keys authenticate with the SK sid as user name and the secret as password (Basic auth).",
        regenerateStep(ctx),
      ];
    case "account_id":
      return [
        "An account ID is an identifier, not a credential: send it as the user name with the auth token or API key secret as password (Basic auth).",
        regenerateStep(ctx),
      ];
    case "global_key":
      return [
        "Send a Global API Key as X-Auth-Key together with X-Auth-Email, not as a Bearer token.",
        `Better: create a scoped API token${where} and send it as Authorization: Bearer <token>.`,
      ];
    case "application_key":
      return [
        "This is an application key: it goes in DD-APPLICATION-KEY, and the API key (32 characters) goes in DD-API-KEY alongside it.",
        `Find or create the API key under Organization Settings → API Keys${where}.`,
      ];
    default:
      return [regenerateStep(ctx)];
  }
}
