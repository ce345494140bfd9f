import type { Challenge } from "../challenges";
import { parseChallenges } from "../challenges";
import type { LayerId } from "../ids";

export interface LayerInput {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One answer, normalised once for every fingerprint. */
export interface LayerContext {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** The body parsed as a JSON object, when it is one. */
  json?: Record<string, unknown>;
  html: boolean;
  challenges: Challenge[];
}

/**
 * One sign of a layer, as data: a header (`name` is the header, lower-case, or several
 * comma-separated when one sign counts a family of headers; `value` is "" when only its
 * presence counts), a body (`name` says which part: a field such as `message` or
 * `fault.faultstring`, `text` for a plain body, `errorcode`, `shape`, `title`, `type`,
 * `page` or `server-page` for a page the detector recognised, with `value` naming it), a
 * challenge (`realm`: `name` is the scheme, "" for any, `value` the realm) or a cookie.
 * Sentences are made from these fields where they are shown, never parsed back from text.
 */
export interface LayerSign {
  kind: "header" | "body" | "realm" | "cookie";
  name: string;
  value: string;
}

/**
 * A fingerprint's finding. `own`: only this layer writes it on its own answers (a body
 * phrase, `x-kong-response-latency`). `presence`: the layer is on the path but may just be
 * forwarding (`server: cloudflare`). `passthrough`: the layer says the upstream answered
 * (`x-kong-upstream-latency`, `x-envoy-upstream-service-time`).
 */
export interface Signal {
  layer: LayerId;
  sign: LayerSign;
  /** The sign as one short line for the probe table ("server: kong/3.6.1"). */
  text: string;
  weight: number;
  role: "own" | "presence" | "passthrough";
}

export type Fingerprint = (ctx: LayerContext) => Signal[];

function parseJsonObject(body: string): Record<string, unknown> | undefined {
  const trimmed = body.trim();
  if (!trimmed.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function buildContext(input: LayerInput): LayerContext {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (typeof value === "string") headers[name.toLowerCase()] = value;
  }
  const body = typeof input.body === "string" ? input.body : "";
  const contentType = headers["content-type"] ?? "";
  const challengeHeader = headers["www-authenticate"] ?? headers["proxy-authenticate"];
  return {
    status: input.status,
    headers,
    body,
    json: parseJsonObject(body),
    html: /text\/html/i.test(contentType) || /^\s*(<!doctype html|<html)/i.test(body),
    challenges: challengeHeader === undefined ? [] : parseChallenges([challengeHeader]),
  };
}

/** A string field of the JSON body. */
export function jsonString(ctx: LayerContext, key: string): string | undefined {
  const v = ctx.json?.[key];
  return typeof v === "string" ? v : undefined;
}

/** The realms of every challenge that carries one, lower-cased. */
export function realms(ctx: LayerContext): string[] {
  return ctx.challenges.flatMap((c) => (c.params.realm ? [c.params.realm.toLowerCase()] : []));
}

export const signal = (
  layer: LayerId,
  role: Signal["role"],
  weight: number,
  sign: LayerSign,
  text: string,
): Signal => ({ layer, role, weight, sign, text });

/** Signal makers for one layer; a passthrough signal weighs nothing (it speaks for the API). */
export function signalsOf(layer: LayerId) {
  return {
    own: (weight: number, sign: LayerSign, text: string) =>
      signal(layer, "own", weight, sign, text),
    presence: (weight: number, sign: LayerSign, text: string) =>
      signal(layer, "presence", weight, sign, text),
    passthrough: (sign: LayerSign, text: string) => signal(layer, "passthrough", 0, sign, text),
  };
}

/** A header sign: its value, or "" when only the header's presence counts. */
export const header = (name: string, value = ""): LayerSign => ({ kind: "header", name, value });
/** A body sign: which part of the body (`message`, `text`, `page`…) and what it holds. */
export const body = (name: string, value: string): LayerSign => ({ kind: "body", name, value });
/** A challenge sign: its scheme ("" for any) and its realm ("" for none). */
export const realm = (scheme: string, value: string): LayerSign => ({
  kind: "realm",
  name: scheme,
  value,
});
export const cookie = (name: string): LayerSign => ({ kind: "cookie", name, value: "" });

/** Upstream text for a signal: one line, at most 80 characters, with "…" when cut. */
export function clip(text: string, max = 80): string {
  const line = text.trim().replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
