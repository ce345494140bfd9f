import type { Report, ReportV1 } from "@/lib/diagnosis/report";

/** A realistic report: a redirect that drops the credential on an internal path. */
export function reportFixture(): Report {
  return {
    version: 2,
    createdAt: "2026-11-27T12:00:00.000Z",
    target: {
      origin: "https://api.internal.example",
      path: "/team-secret/v1/models?org=acme",
      method: "GET",
    },
    provider: { id: "custom", name: "Custom API", source: "none" },
    key: { fingerprint: "sha256:0a1b2c3d", length: 51, preview: "sk-…wXyZ", findings: [] },
    probes: [
      {
        variant: "as-sent",
        auth: { placement: "bearer" },
        description: "Authorization: Bearer <key>",
        outcome: {
          kind: "response",
          status: 301,
          headers: { location: "https://login.example/sso/team-secret?next=%2Fteam-secret%2Fv1" },
          challenges: [],
          proxyChallenges: [],
          bodyExcerpt: "Moved: /team-secret/v1/models?org=acme",
          bodyTruncated: false,
          timeMs: 12,
          redirect: {
            location: "https://login.example/sso/team-secret?next=%2Fteam-secret%2Fv1",
            sameOrigin: false,
            httpsUpgrade: false,
            cloudflareAccess: false,
          },
          layer: { layer: "api", confidence: 0.2, signals: [], signs: [], isGateway: false },
        },
      },
      {
        variant: "no-credential",
        description: "no credential",
        outcome: {
          kind: "error",
          error: { kind: "timeout", phase: "headers", message: "timed out" },
          timeMs: 5000,
        },
      },
    ],
    causes: [
      {
        id: "redirect_drops_auth",
        confidence: 0.9,
        title: "A redirect drops the credential",
        evidence: ["GET /team-secret/v1/models?org=acme answered 301 to another host."],
        fix: ["Call the final URL directly instead of /team-secret/v1/models."],
        confirmed: false,
      },
      {
        id: "inconclusive",
        confidence: 0.1,
        confirmed: false,
        title: "Inconclusive",
        evidence: [],
        fix: [],
      },
    ],
    ruledOut: [],
    verdict: {
      causeId: "redirect_drops_auth",
      headline: "A redirect drops the credential",
      summary: "The endpoint /team-secret/v1/models redirects.",
    },
  };
}

/** The same report as a version-1 share holds it (before `confirmed` and `ruledOut`). */
export function reportFixtureV1(): ReportV1 {
  const { ruledOut: _ruledOut, causes, ...rest } = reportFixture();
  return {
    ...rest,
    version: 1,
    causes: causes.map(({ confirmed: _c, confirmedBy: _b, ...c }) => c),
  };
}
