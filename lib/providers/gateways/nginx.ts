import { type Fingerprint, type Signal, signal } from "./context";

export const nginx: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  const isNginx = /^(nginx|openresty)\b/i.test(server);
  if (isNginx) out.push(signal("nginx", "presence", 0.35, `server: ${server}`));
  const center = /<center>((?:nginx|openresty)(?:\/[\d.]+)?)<\/center>/i.exec(ctx.body);
  if (center)
    out.push(signal("nginx", "own", 0.8, `HTML error page <center>${center[1]}</center>`));
  if (ctx.html && /<title>401 Authorization Required<\/title>/i.test(ctx.body)) {
    out.push(signal("nginx", "own", 0.4, "HTML title: 401 Authorization Required"));
  }
  // auth_basic answers with a Basic challenge and an HTML page; a JSON body means the API wrote it.
  const basic = ctx.challenges.find((c) => c.scheme.toLowerCase() === "basic");
  if (isNginx && basic && ctx.json === undefined) {
    out.push(
      signal("nginx", "own", 0.4, `WWW-Authenticate: Basic realm="${basic.params.realm ?? ""}"`),
    );
  }
  return out;
};
