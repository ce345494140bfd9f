import { body, clip, type Fingerprint, type Signal, signalsOf } from "./fingerprint";
import type { Gateway } from "./gateway";

const signals = signalsOf("apigee");

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const fault = ctx.json?.fault;
  if (fault === null || typeof fault !== "object") return out;
  const f = fault as Record<string, unknown>;
  if (typeof f.faultstring === "string") {
    out.push(
      signals.own(
        0.8,
        body("fault.faultstring", clip(f.faultstring)),
        `fault.faultstring: ${clip(f.faultstring)}`,
      ),
    );
  }
  const detail = f.detail as Record<string, unknown> | undefined;
  const errorcode = detail && typeof detail === "object" ? detail.errorcode : undefined;
  if (typeof errorcode === "string") {
    out.push(
      signals.own(0.5, body("errorcode", errorcode), `fault.detail.errorcode: ${errorcode}`),
    );
  }
  return out;
};

export const apigee: Gateway = {
  id: "apigee",
  name: "Apigee",
  sentenceName: "Apigee",
  isGateway: true,
  detect,
  // VerifyAPIKey reads whatever the proxy's policy names; these are the spellings its
  // documentation uses.
  placements: [
    { placement: "header", name: "x-apikey" },
    { placement: "query", name: "apikey" },
  ],
  fix: "Apigee's VerifyAPIKey or OAuth policy refused: send the Apigee app's key where the proxy reads it (often x-apikey or ?apikey=), and check the API product includes this proxy.",
};
