import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLayer, type LayerId } from "@/lib/providers";
import { ANSWERS, answerById } from "../../fixtures/answers";

const GATEWAYS: LayerId[] = [
  "kong",
  "aws-api-gateway",
  "envoy",
  "nginx",
  "azure-apim",
  "cloudflare",
  "cloudflare-access",
  "cloudflare-waf",
  "traefik",
  "apigee",
  "google-esp",
];

describe("detectLayer over the recorded answers", () => {
  it("the fixture table is big enough and its ids are unique", () => {
    expect(ANSWERS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ANSWERS.map((a) => a.id)).size).toBe(ANSWERS.length);
  });

  it("has at least one answer for every gateway layer", () => {
    const layers = new Set(ANSWERS.map((a) => a.expect.layer));
    for (const g of GATEWAYS) expect(layers).toContain(g);
  });

  it.each(ANSWERS)("$id → $expect.layer", (answer) => {
    const match = detectLayer(answer);
    expect(match.layer).toBe(answer.expect.layer);
    expect(match.isGateway).toBe(GATEWAYS.includes(match.layer));
    expect(match.confidence).toBeGreaterThan(0);
    expect(match.confidence).toBeLessThanOrEqual(1);
    expect(match.signals.length).toBeGreaterThan(0);
    // A gateway named on its own words is named with some conviction.
    if (match.isGateway) expect(match.confidence).toBeGreaterThanOrEqual(0.45);
  });

  it("reads header names case-insensitively", () => {
    const a = answerById("kong-no-api-key");
    const shouted = Object.fromEntries(
      Object.entries(a.headers).map(([k, v]) => [k.toUpperCase(), v]),
    );
    expect(detectLayer({ ...a, headers: shouted }).layer).toBe("kong");
  });
});

describe("detectLayer: who really answered", () => {
  const openai = answerById("openai-invalid-key");

  it("server: cloudflare with a provider's own JSON error is the API, not Cloudflare", () => {
    const m = detectLayer(openai);
    expect(m).toMatchObject({ layer: "api", isGateway: false });
    expect(m.signals.join(" ")).toMatch(/through cloudflare/);
  });

  it("the same Cloudflare headers with Cloudflare's block page are the WAF", () => {
    const m = detectLayer({ ...answerById("cloudflare-waf-block-page"), headers: openai.headers });
    expect(m.layer).toBe("cloudflare-waf");
  });

  it("Kong's upstream latency header with a JSON error is the API; its response latency is Kong", () => {
    const proxied = answerById("kong-proxied-upstream");
    expect(detectLayer(proxied).layer).toBe("api");
    const own = { ...proxied.headers, "x-kong-response-latency": "0" };
    delete (own as Record<string, string>)["x-kong-upstream-latency"];
    delete (own as Record<string, string>)["x-kong-proxy-latency"];
    expect(
      detectLayer({ ...proxied, headers: own, body: '{"message":"No API key found in request"}' })
        .layer,
    ).toBe("kong");
  });

  it('bare {"message":"Unauthorized"} is only AWS with AWS headers', () => {
    const body = '{"message":"Unauthorized"}';
    expect(detectLayer({ status: 401, headers: {}, body }).layer).toBe("api");
    expect(
      detectLayer({ status: 401, headers: { "x-amzn-errortype": "UnauthorizedException" }, body })
        .layer,
    ).toBe("aws-api-gateway");
  });

  it("Azure OpenAI's nested error (with apim-request-id) is the API; APIM's statusCode body is APIM", () => {
    expect(detectLayer(answerById("azure-openai-invalid-key")).layer).toBe("api");
    expect(detectLayer(answerById("azure-apim-invalid-key")).layer).toBe("azure-apim");
  });

  it("Stripe's Basic challenge behind server: nginx with a JSON body is the API", () => {
    expect(detectLayer(answerById("stripe-invalid-key")).layer).toBe("api");
    const page = answerById("nginx-basic-auth");
    expect(detectLayer({ ...page, headers: answerById("stripe-invalid-key").headers }).layer).toBe(
      "nginx",
    );
  });

  it("Google's own {error:{status}} body is the API; ESP's top-level {code,message} is ESP", () => {
    expect(detectLayer(answerById("gemini-unregistered-caller")).layer).toBe("api");
    expect(detectLayer(answerById("google-espv2-unregistered")).layer).toBe("google-esp");
  });

  it("Envoy's 'Jwt is missing' is Envoy as plain text and ESPv2 as JSON", () => {
    expect(detectLayer(answerById("envoy-jwt-missing")).layer).toBe("envoy");
    expect(detectLayer(answerById("google-espv2-jwt-missing")).layer).toBe("google-esp");
  });

  it("a body-less answer from behind a gateway does not blame the gateway", () => {
    const m = detectLayer({
      status: 401,
      headers: { server: "cloudflare", "cf-ray": "1-FRA" },
      body: "",
    });
    expect(m.isGateway).toBe(false);
    expect(m.confidence).toBeLessThan(0.5);
  });

  it("a gateway server header with an unexplained text body leans to the gateway, weakly", () => {
    const m = detectLayer({ status: 401, headers: { server: "kong/3.6.1" }, body: "denied" });
    expect(m).toMatchObject({ layer: "kong", isGateway: true });
    expect(m.confidence).toBeLessThanOrEqual(0.5);
  });

  it("an HTML page without any gateway sign is unknown", () => {
    const m = detectLayer({
      status: 401,
      headers: { "content-type": "text/html" },
      body: "<html><body>Please log in</body></html>",
    });
    expect(m).toMatchObject({ layer: "unknown", isGateway: false });
  });

  it("stronger evidence gives higher confidence", () => {
    const headerOnly = detectLayer({ status: 401, headers: { server: "kong/3.6.1" }, body: "x" });
    const full = detectLayer(answerById("kong-no-api-key"));
    expect(full.confidence).toBeGreaterThan(headerOnly.confidence);
  });

  it("never throws, and always answers a confidence in 0..1 (property)", () => {
    const headerName = fc.constantFrom(
      "server",
      "www-authenticate",
      "x-amzn-errortype",
      "x-kong-response-latency",
      "location",
      "cf-ray",
      "content-type",
      "set-cookie",
      "x-envoy-upstream-service-time",
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.dictionary(headerName, fc.string({ maxLength: 60 })),
        fc.oneof(fc.string({ maxLength: 300 }), fc.json(), fc.constant('{"fault":null}')),
        (status, headers, body) => {
          const m = detectLayer({ status, headers, body });
          expect(m.confidence).toBeGreaterThanOrEqual(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          expect(m.isGateway).toBe(GATEWAYS.includes(m.layer));
        },
      ),
      { numRuns: 500 },
    );
  });
});
