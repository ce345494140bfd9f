/** One parsed WWW-Authenticate / Proxy-Authenticate challenge (RFC 9110 §11.6.1). */
export interface Challenge {
  /** Auth scheme, as sent (compare case-insensitively). */
  scheme: string;
  /** token68 form, when the challenge carries one instead of parameters. */
  token68?: string;
  /** Auth parameters; names lower-cased, quoted-string values unescaped. */
  params: Record<string, string>;
  /** RFC 6750 error code when present and known: invalid_request, invalid_token, insufficient_scope. */
  bearerError?: "invalid_request" | "invalid_token" | "insufficient_scope";
}

/**
 * WWW-Authenticate / Proxy-Authenticate parsing after RFC 9110 §11.6.1:
 *
 *   challenge  = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param = token BWS "=" BWS ( token / quoted-string )
 *   token68    = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 *
 * Commas separate both challenges and parameters, so after each comma we look ahead:
 * `name =` continues the parameter list, anything else starts a new challenge. Upstream
 * headers are untrusted: the parser never throws and skips what it cannot read.
 */

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;
const BEARER_ERRORS = new Set(["invalid_request", "invalid_token", "insufficient_scope"]);

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }
  skipWhitespace(): void {
    while (this.peek() === " " || this.peek() === "\t") this.pos++;
  }
  skipSeparators(): void {
    while (this.peek() === " " || this.peek() === "\t" || this.peek() === ",") this.pos++;
  }
  readWhile(re: RegExp): string {
    const start = this.pos;
    while (!this.done && re.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }
  /** Skip to the next comma (or the end): recovery from a character we cannot parse. */
  skipToComma(): void {
    while (!this.done && this.peek() !== ",") {
      if (this.peek() === '"') this.readQuoted();
      else this.pos++;
    }
  }
  /** Reads a quoted-string starting at `"`; an unterminated one runs to the end. */
  readQuoted(): string {
    this.pos++; // opening quote
    let out = "";
    while (!this.done) {
      const c = this.peek();
      if (c === "\\" && this.pos + 1 < this.text.length) {
        out += this.peek(1);
        this.pos += 2;
      } else if (c === '"') {
        this.pos++;
        return out;
      } else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }
}

/** At the cursor: `token BWS "="` that is not the end of a token68 (i.e. a parameter name). */
function atParamName(cur: Cursor): boolean {
  const save = cur.pos;
  const name = cur.readWhile(TCHAR);
  cur.skipWhitespace();
  const isParam = name !== "" && cur.peek() === "=";
  cur.pos = save;
  return isParam;
}

/** At the cursor: a token68 that ends the challenge (followed by a comma or the end). */
function readToken68(cur: Cursor): string | undefined {
  const save = cur.pos;
  const body = cur.readWhile(TOKEN68_CHAR);
  const padding = cur.readWhile(/=/);
  cur.skipWhitespace();
  if (body !== "" && (cur.done || cur.peek() === ",")) return body + padding;
  cur.pos = save;
  return undefined;
}

function readParams(cur: Cursor, params: Record<string, string>): void {
  for (;;) {
    cur.skipWhitespace();
    if (!atParamName(cur)) return;
    const name = cur.readWhile(TCHAR).toLowerCase();
    cur.skipWhitespace();
    cur.pos++; // "="
    cur.skipWhitespace();
    const value = cur.peek() === '"' ? cur.readQuoted() : cur.readWhile(TCHAR);
    // RFC 9110: a parameter name occurs once per challenge; keep the first.
    // hasOwn + defineProperty: "constructor" or "__proto__" from upstream is just a name.
    if (!Object.hasOwn(params, name)) {
      Object.defineProperty(params, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    cur.skipWhitespace();
    if (cur.done) return;
    if (cur.peek() === ",") {
      // Look past empty list elements: another `name=` continues this challenge.
      const save = cur.pos;
      cur.skipSeparators();
      if (!atParamName(cur)) {
        cur.pos = save;
        return;
      }
    } else if (!atParamName(cur)) {
      // Junk after a value (`realm=foo bar`): skip to the next list element.
      cur.skipToComma();
      const save = cur.pos;
      cur.skipSeparators();
      if (!atParamName(cur)) {
        cur.pos = save;
        return;
      }
    }
    // else: a space-separated `name=` (AWS HTTP APIs send these): tolerated.
  }
}

function parseOne(text: string, out: Challenge[]): void {
  const cur = new Cursor(text);
  for (;;) {
    cur.skipSeparators();
    if (cur.done) return;
    const scheme = cur.readWhile(TCHAR);
    if (scheme === "" || cur.peek() === "=") {
      // Not a scheme (a stray `=`, a quote, a control character): skip this list element.
      if (scheme === "") cur.pos++;
      cur.skipToComma();
      continue;
    }
    const challenge: Challenge = { scheme, params: {} };
    out.push(challenge);
    const hadSpace = cur.peek() === " " || cur.peek() === "\t";
    cur.skipWhitespace();
    if (cur.done || cur.peek() === ",") continue;
    if (!hadSpace) {
      cur.skipToComma();
      continue;
    }
    const token68 = readToken68(cur);
    if (token68 !== undefined) {
      challenge.token68 = token68;
      continue;
    }
    if (!atParamName(cur)) {
      cur.skipToComma();
      continue;
    }
    readParams(cur, challenge.params);
    const error = Object.hasOwn(challenge.params, "error") ? challenge.params.error : undefined;
    if (scheme.toLowerCase() === "bearer" && error !== undefined && BEARER_ERRORS.has(error)) {
      challenge.bearerError = error as Challenge["bearerError"];
    }
  }
}

/** Parses every challenge in one or more header values; garbage yields what could be read, or []. */
export function parseChallenges(headerValues: string[]): Challenge[] {
  const out: Challenge[] = [];
  for (const value of headerValues) {
    if (typeof value !== "string") continue;
    try {
      parseOne(value, out);
    } catch {
      // Defensive: the cursor code should never throw, but upstream input must not crash a probe.
    }
  }
  return out;
}

function formatValue(value: string): string {
  return value !== "" && [...value].every((c) => TCHAR.test(c))
    ? value
    : `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/** One challenge as a header would carry it, for display: `Bearer realm="api", error="invalid_token"`. */
export function formatChallenge(c: Challenge): string {
  if (c.token68 !== undefined) return `${c.scheme} ${c.token68}`;
  const params = Object.entries(c.params).map(([k, v]) => `${k}=${formatValue(v)}`);
  return params.length === 0 ? c.scheme : `${c.scheme} ${params.join(", ")}`;
}
