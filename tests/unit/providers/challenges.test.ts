import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Challenge, formatChallenge, parseChallenges } from "@/lib/providers";

const c = (
  scheme: string,
  params: Record<string, string> = {},
  extra: Partial<Challenge> = {},
) => ({
  scheme,
  params,
  ...extra,
});

describe("parseChallenges", () => {
  const rows: [string, string[], Challenge[]][] = [
    [
      "RFC 9110 §11.6.1: two challenges in one header, escaped quotes",
      ['Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"'],
      [
        c("Newauth", { realm: "apps", type: "1", title: 'Login to "apps"' }),
        c("Basic", { realm: "simple" }),
      ],
    ],
    [
      "RFC 7617 Basic with charset",
      ['Basic realm="WallyWorld", charset="UTF-8"'],
      [c("Basic", { realm: "WallyWorld", charset: "UTF-8" })],
    ],
    [
      "RFC 6750 invalid_token",
      [
        'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
      ],
      [
        c(
          "Bearer",
          {
            realm: "example",
            error: "invalid_token",
            error_description: "The access token expired",
          },
          { bearerError: "invalid_token" },
        ),
      ],
    ],
    [
      "RFC 6750 insufficient_scope with a space-separated scope",
      ['Bearer error="insufficient_scope", scope="read write"'],
      [
        c(
          "Bearer",
          { error: "insufficient_scope", scope: "read write" },
          { bearerError: "insufficient_scope" },
        ),
      ],
    ],
    [
      "RFC 6750 invalid_request as a token value",
      ["Bearer error=invalid_request"],
      [c("Bearer", { error: "invalid_request" }, { bearerError: "invalid_request" })],
    ],
    [
      "an error code RFC 6750 does not define is kept as a param only",
      ['Bearer error="server_error"'],
      [c("Bearer", { error: "server_error" })],
    ],
    [
      "error= on a non-Bearer scheme is not a bearerError",
      ['Newauth error="invalid_token"'],
      [c("Newauth", { error: "invalid_token" })],
    ],
    [
      "scheme and parameter names are case-insensitive; names lower-cased, scheme as sent",
      ['bEaReR Realm="x", ERROR="invalid_token"'],
      [c("bEaReR", { realm: "x", error: "invalid_token" }, { bearerError: "invalid_token" })],
    ],
    [
      "repeated header fields",
      ['Basic realm="a"', 'Bearer realm="b"', "Negotiate"],
      [c("Basic", { realm: "a" }), c("Bearer", { realm: "b" }), c("Negotiate")],
    ],
    [
      "token68 with padding, then another challenge",
      ["Negotiate YIIGhgYJKoZIhvcSAQICAQBugg+/==, Basic realm=x"],
      [
        c("Negotiate", {}, { token68: "YIIGhgYJKoZIhvcSAQICAQBugg+/==" }),
        c("Basic", { realm: "x" }),
      ],
    ],
    ["token68 that looks like name=", ["Foo abc="], [c("Foo", {}, { token68: "abc=" })]],
    ["a bare scheme", ["Bearer"], [c("Bearer")]],
    [
      "bad whitespace around = and commas",
      ['Bearer realm = "x" ,  error=  invalid_token  ,scope ="a b"'],
      [
        c(
          "Bearer",
          { realm: "x", error: "invalid_token", scope: "a b" },
          { bearerError: "invalid_token" },
        ),
      ],
    ],
    [
      "empty list elements",
      [' , ,Basic realm="x" ,, , Bearer , '],
      [c("Basic", { realm: "x" }), c("Bearer")],
    ],
    [
      "a comma and escapes inside a quoted string",
      ['Digest realm="a, b", nonce="x\\\\y", opaque="q\\"r"'],
      [c("Digest", { realm: "a, b", nonce: "x\\y", opaque: 'q"r' })],
    ],
    [
      "RFC 7616 Digest challenge",
      [
        'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
      ],
      [
        c("Digest", {
          realm: "http-auth@example.org",
          qop: "auth, auth-int",
          algorithm: "SHA-256",
          nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
          opaque: "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
        }),
      ],
    ],
    [
      "AWS HTTP API: parameters separated by spaces, not commas",
      ['Bearer scope="" error="invalid_token" error_description="the token has expired"'],
      [
        c(
          "Bearer",
          { scope: "", error: "invalid_token", error_description: "the token has expired" },
          { bearerError: "invalid_token" },
        ),
      ],
    ],
    [
      "Azure APIM: no space after commas",
      [
        'AzureApiManagementKey realm="https://contoso.azure-api.net/orders",name="Ocp-Apim-Subscription-Key",type="header"',
      ],
      [
        c("AzureApiManagementKey", {
          realm: "https://contoso.azure-api.net/orders",
          name: "Ocp-Apim-Subscription-Key",
          type: "header",
        }),
      ],
    ],
    ["Kong key-auth", ['Key realm="kong"'], [c("Key", { realm: "kong" })]],
    [
      "a duplicated parameter keeps the first value",
      ['Basic realm="first", realm="second"'],
      [c("Basic", { realm: "first" })],
    ],
    [
      "an unterminated quoted string runs to the end",
      ['Basic realm="unterminated, charset=UTF-8'],
      [c("Basic", { realm: "unterminated, charset=UTF-8" })],
    ],
    [
      "junk after a token value is skipped up to the next element",
      ['Basic realm=foo bar!, Bearer realm="b"'],
      [c("Basic", { realm: "foo" }), c("Bearer", { realm: "b" })],
    ],
    [
      "a parameter with no scheme before it is dropped",
      ['realm="orphan", Basic realm="x"'],
      [c("Basic", { realm: "x" })],
    ],
    [
      "prototype-looking names are plain parameters",
      ['Basic constructor="a", __proto__="b", toString=c'],
      [c("Basic", JSON.parse('{"constructor":"a","__proto__":"b","tostring":"c"}'))],
    ],
    ["empty input", [], []],
    ["an empty header", [""], []],
    ["only separators", [" , ,, "], []],
    ["only garbage", ['"=', "===", "\u0000\u0001", "(){}"], []],
  ];

  it.each(rows)("%s", (_label, headers, expected) => {
    expect(parseChallenges(headers)).toEqual(expected);
  });

  it("reads a long header of many challenges", () => {
    const header = Array.from(
      { length: 2000 },
      (_, i) => `S${i} a=${"x".repeat(20)}, b="q,r"`,
    ).join(", ");
    const parsed = parseChallenges([header]);
    expect(parsed).toHaveLength(2000);
    expect(parsed[1999]).toEqual(c("S1999", { a: "x".repeat(20), b: "q,r" }));
  });

  it("never throws and returns well-formed challenges for any input (property)", () => {
    const scheme = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
    fc.assert(
      fc.property(
        fc.array(
          // "binary-ascii" brings control characters, "grapheme" any Unicode; "binary" is slow to build.
          fc.oneof(
            fc.string({ unit: "binary-ascii", maxLength: 120 }),
            fc.string({ unit: "grapheme", maxLength: 60 }),
          ),
          { maxLength: 3 },
        ),
        (values) =>
          parseChallenges(values).every(
            (ch) => scheme.test(ch.scheme) && typeof ch.params === "object",
          ),
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on strings built from the grammar's own characters (property)", () => {
    const alphabet = fc.constantFrom(...'Bb =,"\\\t arealm=error_token68+/'.split(""));
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, maxLength: 80 }), { maxLength: 4 }),
        (values) => {
          expect(() => parseChallenges(values)).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("formatChallenge", () => {
  it.each([
    [
      c("Bearer", { realm: "example", error: "invalid_token" }),
      "Bearer realm=example, error=invalid_token",
    ],
    [c("Basic", { realm: 'Login to "apps"' }), 'Basic realm="Login to \\"apps\\""'],
    [c("Bearer", { scope: "" }), 'Bearer scope=""'],
    [c("Negotiate", {}, { token68: "abc==" }), "Negotiate abc=="],
    [c("Bearer"), "Bearer"],
  ])("%j → %s", (challenge, text) => {
    expect(formatChallenge(challenge)).toBe(text);
  });

  it("round-trips through parseChallenges (property)", () => {
    const tchar = fc.constantFrom(
      ..."!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".split(""),
    );
    const token = fc.string({ unit: tchar, minLength: 1, maxLength: 12 });
    const t68 = fc
      .tuple(
        fc.string({
          unit: fc.constantFrom(..."AZaz09-._~+/".split("")),
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom("", "=", "=="),
      )
      .map(([a, b]) => a + b);
    const challenge = fc.oneof(
      fc.record({
        scheme: token,
        params: fc.dictionary(
          token.map((s) => s.toLowerCase()),
          fc.string({ maxLength: 20 }),
          {
            maxKeys: 4,
          },
        ),
      }),
      fc.record({ scheme: token, params: fc.constant({}), token68: t68 }),
    );
    fc.assert(
      fc.property(fc.array(challenge, { minLength: 1, maxLength: 3 }), (list) => {
        const header = list.map((ch) => formatChallenge(ch as Challenge)).join(", ");
        const parsed = parseChallenges([header]).map(({ bearerError: _b, ...rest }) => rest);
        expect(parsed).toEqual(list.map((ch) => ({ ...ch, params: { ...ch.params } })));
      }),
      { numRuns: 500 },
    );
  });
});
