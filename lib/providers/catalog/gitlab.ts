import type { ProviderEntry } from "../schema";

export const gitlab: ProviderEntry = {
  id: "gitlab",
  name: "GitLab",
  env: { keys: ["GITLAB_TOKEN", "GL_TOKEN", "GITLAB_PRIVATE_TOKEN"], baseUrls: ["GITLAB_URL"] },
  hosts: ["gitlab.com", "*.gitlab.com"],
  keyFormats: [
    {
      id: "gitlab-pat",
      kind: "token",
      // glpat- + 20 characters; newer routable tokens are longer and carry dots.
      pattern: "^glpat-[A-Za-z0-9_.-]{20,80}$",
      prefix: "glpat-",
      minLength: 26,
      maxLength: 86,
      usableAsCredential: true,
      description: "a GitLab personal, project or group access token (glpat-…)",
    },
    {
      id: "gitlab-deploy-token",
      kind: "token",
      pattern: "^gldt-[A-Za-z0-9_.-]{20,80}$",
      prefix: "gldt-",
      minLength: 25,
      maxLength: 85,
      usableAsCredential: false,
      description: "a GitLab deploy token (gldt-…): for registries and git, not the REST API",
    },
    {
      id: "gitlab-trigger-token",
      kind: "token",
      pattern: "^glptt-[A-Za-z0-9_.-]{20,80}$",
      prefix: "glptt-",
      minLength: 26,
      maxLength: 86,
      usableAsCredential: false,
      description: "a GitLab pipeline trigger token (glptt-…): only triggers pipelines",
    },
  ],
  auth: { placement: "header", name: "PRIVATE-TOKEN" },
  alternativeAuth: [{ placement: "bearer" }],
  testEndpoint: {
    method: "GET",
    url: "https://gitlab.com/api/v4/user",
    description: "shows who the token belongs to; read-only",
  },
  badKeyAnswers: [
    {
      status: 401,
      bodyPattern: "Token is expired|token has expired",
      meaning: "expired",
      note: "the token passed its expiry date",
    },
    {
      status: 401,
      bodyPattern: "Token was revoked",
      meaning: "disabled",
      note: "the token was revoked",
    },
    {
      status: 401,
      bodyPattern: "401 Unauthorized|invalid_token",
      meaning: "invalid",
      note: "GitLab did not accept the token (unknown, revoked, or missing)",
    },
    {
      status: 403,
      bodyPattern: "insufficient_scope",
      meaning: "not_authorized",
      note: "the token is valid but its scopes do not cover this endpoint (read_user or api needed)",
    },
    {
      status: 403,
      meaning: "not_authorized",
      note: "the token is valid but the user lacks access",
    },
  ],
  keyPage: "https://gitlab.com/-/user_settings/personal_access_tokens",
  docsUrl: "https://docs.gitlab.com/api/rest/authentication/",
  authHint:
    "GitLab wants the token as PRIVATE-TOKEN: <token> or Authorization: Bearer <token>; personal tokens start with glpat-.",
};
