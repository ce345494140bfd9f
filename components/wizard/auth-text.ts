import type { AuthPlacement } from "@/lib/providers";

export const PLACEMENT_OPTIONS: { value: AuthPlacement; label: string; explain: string }[] = [
  {
    value: "bearer",
    label: "Bearer",
    explain: "Authorization: Bearer <key>. Most APIs (OpenAI, GitHub, Mistral…).",
  },
  {
    value: "authorization",
    label: "Raw Authorization",
    explain: "Authorization: <key>, no scheme word.",
  },
  {
    value: "header",
    label: "Named header",
    explain: "A header of its own, e.g. x-api-key (Anthropic) or api-key (Azure).",
  },
  {
    value: "query",
    label: "Query parameter",
    explain:
      "?key=<key> in the URL (Gemini). URLs land in server logs: use only if the API wants it.",
  },
  {
    value: "basic",
    label: "Basic",
    explain: "Authorization: Basic base64(<key>:), the key as user name (Stripe, Twilio).",
  },
];
