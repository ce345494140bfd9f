import { clip, type Fingerprint, type Signal, signal } from "./context";

export const apigee: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const fault = ctx.json?.fault;
  if (fault === null || typeof fault !== "object") return out;
  const f = fault as Record<string, unknown>;
  if (typeof f.faultstring === "string") {
    out.push(signal("apigee", "own", 0.8, `fault.faultstring: ${clip(f.faultstring)}`));
  }
  const detail = f.detail as Record<string, unknown> | undefined;
  const errorcode = detail && typeof detail === "object" ? detail.errorcode : undefined;
  if (typeof errorcode === "string") {
    out.push(signal("apigee", "own", 0.5, `fault.detail.errorcode: ${errorcode}`));
  }
  return out;
};
