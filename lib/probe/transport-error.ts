import "server-only";
import type { TransportError } from "@/lib/diagnosis/evidence";

/**
 * Maps whatever undici or Node threw into the TransportError union. Messages are fixed
 * sentences of ours: an error's own message may name a resolved internal address or,
 * for an invalid header, echo part of the value (the key).
 */

export type Phase = "connect" | "headers" | "body";

const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

function codeOf(error: unknown): string {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return "";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "";
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

export function toTransportError(error: unknown, phase: Phase): TransportError {
  const code = codeOf(error);
  if (nameOf(error) === "HTTPParserError") {
    // undici leaves `code` unset for some parser errors (e.g. "Expected HTTP/").
    return code === "HPE_HEADER_OVERFLOW"
      ? { kind: "too_large", message: "The response headers were too large to read." }
      : { kind: "not_http", message: "The server did not answer with HTTP." };
  }
  // A proxy (HTTPS_PROXY, the command line) that wants its own login answers CONNECT with
  // 407; undici reports that as an error, and it is the proxy's answer, not a network failure.
  if (/Proxy response \(407\)|Proxy Authentication Required \(407\)/.test(messageOf(error))) {
    return {
      kind: "proxy_auth",
      message:
        "The proxy answered 407 Proxy Authentication Required and did not forward the request.",
    };
  }
  if (code === "WHY401_TARGET_BLOCKED") {
    return { kind: "blocked", message: "The target's address is not allowed; nothing was sent." };
  }
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA" || code === "EAI_FAIL") {
    return { kind: "dns", message: "The host name did not resolve (DNS)." };
  }
  if (code === "ECONNREFUSED") {
    return {
      kind: "refused",
      message: "The connection was refused: nothing listens on that port.",
    };
  }
  if (code === "ECONNRESET" && /secure TLS connection/.test(messageOf(error))) {
    // The peer hung up during the handshake: most often not a TLS server at all.
    return {
      kind: "tls",
      message: "The TLS handshake failed: the server is not speaking TLS on that port.",
    };
  }
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET") {
    return { kind: "reset", message: "The server closed the connection before answering." };
  }
  if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") {
    return { kind: "timeout", phase: "connect", message: "Connecting timed out." };
  }
  if (code === "UND_ERR_HEADERS_TIMEOUT") {
    return { kind: "timeout", phase: "headers", message: "The server did not answer in time." };
  }
  if (code === "UND_ERR_BODY_TIMEOUT") {
    return { kind: "timeout", phase: "body", message: "The response body stalled." };
  }
  if (code === "UND_ERR_HEADERS_OVERFLOW" || code === "HPE_HEADER_OVERFLOW") {
    return { kind: "too_large", message: "The response headers were too large to read." };
  }
  if (
    code === "UND_ERR_INVALID_ARG" ||
    code === "ERR_INVALID_CHAR" ||
    code === "ERR_INVALID_ARG_VALUE"
  ) {
    return {
      kind: "invalid_header",
      message:
        "The request could not be sent: a header value holds a character HTTP forbids (line break, control or non-Latin-1 character).",
    };
  }
  if (code.startsWith("HPE_")) {
    return { kind: "not_http", message: "The server did not answer with HTTP." };
  }
  if (TLS_CODES.test(code)) {
    return { kind: "tls", message: "The TLS handshake failed (certificate or protocol)." };
  }
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") {
    return { kind: "refused", message: "The host is unreachable from here." };
  }
  return {
    kind: "other",
    message: `The request failed while ${phase === "body" ? "reading the body" : phase === "headers" ? "waiting for the answer" : "connecting"}.`,
  };
}

export function timeoutError(phase: Phase | "run"): TransportError {
  const messages = {
    connect: "Connecting timed out.",
    headers: "The server did not answer in time.",
    body: "The response body did not finish in time.",
    run: "The diagnosis ran out of time before this request finished.",
  } as const;
  return { kind: "timeout", phase, message: messages[phase] };
}
