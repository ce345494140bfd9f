import type { KeyFormatEntry } from "./types";

/** Databases, data platforms and search. */
export const DATA_FORMATS: KeyFormatEntry[] = [
  {
    id: "planetscale-service-token",
    service: "PlanetScale",
    kind: "service token",
    pattern: "^pscale_tkn_[A-Za-z0-9_=.-]{32,64}$",
    certainty: "exact",
  },
  {
    id: "planetscale-password",
    service: "PlanetScale",
    kind: "database password",
    pattern: "^pscale_pw_[A-Za-z0-9_=.-]{32,64}$",
    certainty: "exact",
  },
  {
    id: "planetscale-oauth",
    service: "PlanetScale",
    kind: "OAuth token",
    pattern: "^pscale_oauth_[A-Za-z0-9_=.-]{32,64}$",
    certainty: "exact",
  },
  {
    id: "neon-key",
    service: "Neon",
    kind: "API key",
    pattern: "^napi_[a-z0-9]{64}$",
    certainty: "exact",
  },
  {
    id: "xata-key",
    service: "Xata",
    kind: "API key",
    pattern: "^xau_[A-Za-z0-9]{32,64}$",
    certainty: "exact",
  },
  {
    id: "tinybird-token",
    service: "Tinybird",
    kind: "auth token",
    pattern: "^p\\.eyJ[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,100}$",
    certainty: "exact",
  },
  {
    id: "convex-deploy-key",
    service: "Convex",
    kind: "deploy key",
    pattern: "^(?:prod|dev|preview):[a-z0-9-]{3,64}\\|[A-Za-z0-9+/=_-]{40,200}$",
    certainty: "exact",
  },
  {
    id: "fcm-server-key",
    service: "Firebase Cloud Messaging",
    kind: "legacy server key",
    pattern: "^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$",
    certainty: "exact",
  },
];
