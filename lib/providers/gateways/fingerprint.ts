import { parseChallenges } from "../challenges";
import type { Challenge, LayerId } from "../types";

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
 * A fingerprint's finding. `own`: only this layer writes it on its own answers (a body
 * phrase, `x-kong-response-latency`). `presence`: the layer is on the path but may just be
 * forwarding (`server: cloudflare`). `passthrough`: the layer says the upstream answered
 * (`x-kong-upstream-latency`, `x-envoy-upstream-service-time`).
 */
export interface Signal {
  layer: LayerId;
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
  text: string,
): Signal => ({ layer, role, weight, text });

/** Upstream text for a signal: one line, at most 80 characters, with "…" when cut. */
export function clip(text: string, max = 80): string {
  const line = text.trim().replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
