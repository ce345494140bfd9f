import type { KeyFormatEntry } from "./types";

/** Secrets managers, identity providers and raw key material. */
export const SECURITY_FORMATS: KeyFormatEntry[] = [
  {
    id: "vault-service-token",
    service: "HashiCorp Vault",
    kind: "service token",
    pattern: "^hvs\\.[A-Za-z0-9_-]{90,120}$",
    certainty: "exact",
  },
  {
    id: "vault-batch-token",
    service: "HashiCorp Vault",
    kind: "batch token",
    pattern: "^hvb\\.[A-Za-z0-9_-]{138,300}$",
    certainty: "exact",
  },
  {
    id: "vault-recovery-token",
    service: "HashiCorp Vault",
    kind: "recovery token",
    pattern: "^hvr\\.[A-Za-z0-9_-]{20,120}$",
    certainty: "exact",
  },
  {
    id: "vault-legacy-token",
    service: "HashiCorp Vault",
    kind: "service token (legacy)",
    pattern: "^s\\.[A-Za-z0-9]{24}$",
    certainty: "likely",
  },
  {
    id: "doppler-personal",
    service: "Doppler",
    kind: "personal token",
    pattern: "^dp\\.pt\\.[A-Za-z0-9]{40,44}$",
    certainty: "exact",
  },
  {
    id: "doppler-service",
    service: "Doppler",
    kind: "service token",
    pattern: "^dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}$",
    certainty: "exact",
  },
  {
    id: "doppler-cli",
    service: "Doppler",
    kind: "CLI token",
    pattern: "^dp\\.ct\\.[A-Za-z0-9]{40,44}$",
    certainty: "exact",
  },
  {
    id: "doppler-scim",
    service: "Doppler",
    kind: "SCIM token",
    pattern: "^dp\\.scim\\.[A-Za-z0-9]{40,44}$",
    certainty: "exact",
  },
  {
    id: "doppler-audit",
    service: "Doppler",
    kind: "audit token",
    pattern: "^dp\\.audit\\.[A-Za-z0-9]{40,44}$",
    certainty: "exact",
  },
  {
    id: "doppler-service-account",
    service: "Doppler",
    kind: "service account token",
    pattern: "^dp\\.sa\\.[A-Za-z0-9]{40,44}$",
    certainty: "exact",
  },
  {
    id: "onepassword-service-account",
    service: "1Password",
    kind: "service account token",
    pattern: "^ops_eyJ[A-Za-z0-9+/]{250,}={0,3}$",
    certainty: "exact",
  },
  {
    id: "onepassword-secret-key",
    service: "1Password",
    kind: "account Secret Key (not an API credential)",
    pattern:
      "^A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$",
    certainty: "exact",
  },
  {
    id: "age-secret-key",
    service: "age",
    kind: "secret key (not an API credential)",
    pattern: "^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$",
    certainty: "exact",
  },
  {
    id: "pem-private-key",
    service: "PEM",
    kind: "private key (a key pair, not an API key)",
    pattern:
      "^-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{64,}-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----$",
    certainty: "exact",
  },
  {
    id: "ssh-public-key",
    service: "SSH",
    article: "an",
    kind: "public key (not a credential)",
    pattern:
      "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)) AAAA[A-Za-z0-9+/]{60,}={0,3}(?: [^\\s]{1,100})?$",
    certainty: "exact",
  },
  {
    id: "okta-api-token",
    service: "Okta",
    kind: "API token",
    pattern: "^00[A-Za-z0-9_-]{40}$",
    certainty: "likely",
  },
  {
    id: "stytch-secret",
    service: "Stytch",
    kind: "project secret",
    pattern: "^secret-(?:live|test)-[A-Za-z0-9_=-]{36}$",
    certainty: "exact",
  },
  {
    id: "stytch-public-token",
    service: "Stytch",
    kind: "public token",
    pattern:
      "^public-token-(?:live|test)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    certainty: "exact",
  },
  {
    id: "infisical-service-token",
    service: "Infisical",
    kind: "service token",
    pattern: "^st\\.[a-f0-9]{24}\\.[a-f0-9]{32}\\.[a-f0-9]{32}$",
    certainty: "likely",
  },
];
