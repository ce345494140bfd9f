import type { ProviderId } from "@/lib/providers";
import { applyCredential, getProvider } from "@/lib/providers";

/**
 * How to point common clients at a capture URL. Every snippet names an environment
 * variable, never the key: the point is to see what the user's environment holds.
 */
interface EchoSnippet {
  id: string;
  label: string;
  code: string;
}

function envVarFor(providerId: ProviderId | undefined): string {
  return (providerId && getProvider(providerId).env?.keys[0]) || "API_KEY";
}

/** curl's flags that place `$VAR` where the provider wants the key (Bearer when unknown). */
function curlAuth(
  providerId: ProviderId | undefined,
  variable: string,
): { flag: string; query: string } {
  const auth = providerId ? getProvider(providerId).auth : { placement: "bearer" as const };
  if (auth.placement === "basic") return { flag: `-u "$${variable}:"`, query: "" };
  const applied = applyCredential(auth, `$${variable}`);
  const [header] = Object.entries(applied.headers);
  const [query] = Object.entries(applied.query);
  return {
    flag: header ? `-H "${header[0]}: ${header[1]}"` : "",
    query: query ? `?${query[0]}=${query[1]}` : "",
  };
}

export function echoSnippets(url: string, providerId: ProviderId | undefined): EchoSnippet[] {
  const variable = envVarFor(providerId);
  const { flag, query } = curlAuth(providerId, variable);
  const target = `"${url}v1/models${query}"`;
  const curl = ["curl -sS", target, flag].filter(Boolean).join(" ");
  const openai: EchoSnippet[] = [
    {
      id: "openai-env",
      label: "OpenAI SDKs (Python, Node): set the base URL, run your app unchanged",
      code: `OPENAI_BASE_URL=${url}v1`,
    },
    {
      id: "openai-code",
      label: "OpenAI SDK in code (Node)",
      code: `new OpenAI({ baseURL: "${url}v1" })`,
    },
  ];
  const anthropic: EchoSnippet[] = [
    {
      id: "anthropic-env",
      label: "Anthropic SDKs (Python, Node): set the base URL, run your app unchanged",
      code: `ANTHROPIC_BASE_URL=${url}`,
    },
    {
      id: "anthropic-code",
      label: "Anthropic SDK in code (Node)",
      code: `new Anthropic({ baseURL: "${url}" })`,
    },
  ];
  const generic: EchoSnippet[] = [
    {
      id: "curl",
      label: `curl, with the key your shell has in $${variable}`,
      code: curl,
    },
    {
      id: "curl-proxy",
      label: "curl through your HTTP proxy: does it strip the header?",
      code: `curl -sS -x "$HTTPS_PROXY" ${target} ${flag}`.trim(),
    },
    {
      id: "docker",
      label: "Inside a running container: the key it really has",
      // Single quotes: $VAR is expanded by the container's shell, not the host's.
      code: `docker exec <container> sh -c '${curl}'`,
    },
    {
      id: "base-url",
      label: "Any other code: replace the API's base URL (scheme, host and prefix) with",
      code: url,
    },
  ];
  const first = providerId === "anthropic" ? anthropic : openai;
  const second = providerId === "anthropic" ? openai : anthropic;
  return providerId === "openai" || providerId === "anthropic"
    ? [...first, ...generic, ...second]
    : [...generic, ...openai, ...anthropic];
}
