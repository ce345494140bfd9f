import { describe, expect, it } from "vitest";
import { PROVIDERS, providerForHost } from "@/lib/providers";

describe("providerForHost", () => {
  const rows = PROVIDERS.flatMap((p) =>
    p.hosts.map((h) => ({
      id: p.id,
      pattern: h,
      host: h.startsWith("*.") ? `my-resource${h.slice(1)}` : h,
    })),
  );

  it.each(rows)("$pattern → $id", ({ id, host }) => {
    expect(providerForHost(host)?.id).toBe(id);
  });

  it.each([
    ["API.OpenAI.com", "openai"],
    ["api.openai.com.", "openai"],
    ["  api.anthropic.com  ", "anthropic"],
    ["EXAMPLE.OPENAI.AZURE.COM.", "azure-openai"],
    ["myres.cognitiveservices.azure.com", "azure-openai"],
    ["gitlab.com", "gitlab"],
    ["registry.gitlab.com", "gitlab"],
    ["slack.com", "slack"],
    ["api.us5.datadoghq.com", "datadog"],
    ["api.datadoghq.eu", "datadog"],
    ["api.ddog-gov.com", "datadog"],
    ["api.cohere.ai", "cohere"],
    ["router.huggingface.co", "huggingface"],
    ["verify.twilio.com", "twilio"],
  ])("%s → %s", (host, id) => {
    expect(providerForHost(host)?.id).toBe(id);
  });

  it.each([
    "openai.azure.com", // a suffix pattern does not match the bare suffix
    "api.openai.com.evil.example",
    "evilapi.openai.com",
    "notgitlab.com",
    "example.com",
    "",
    ".",
    "localhost",
  ])("%j → no provider", (host) => {
    expect(providerForHost(host)).toBeUndefined();
  });
});
