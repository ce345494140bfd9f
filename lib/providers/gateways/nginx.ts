import { body, type Fingerprint, header, realm, type Signal, signalsOf } from "./fingerprint";
import type { Gateway } from "./gateway";

const signals = signalsOf("nginx");

const detect: Fingerprint = (ctx) => {
  const out: Signal[] = [];
  const server = ctx.headers.server ?? "";
  const isNginx = /^(nginx|openresty)\b/i.test(server);
  if (isNginx) {
    out.push(signals.presence(0.35, header("server", server), `server: ${server}`));
  }
  const center = /<center>((?:nginx|openresty)(?:\/[\d.]+)?)<\/center>/i.exec(ctx.body)?.[1];
  if (center !== undefined) {
    out.push(
      signals.own(0.8, body("server-page", center), `HTML error page <center>${center}</center>`),
    );
  }
  if (ctx.html && /<title>401 Authorization Required<\/title>/i.test(ctx.body)) {
    out.push(
      signals.own(
        0.4,
        body("title", "401 Authorization Required"),
        "HTML title: 401 Authorization Required",
      ),
    );
  }
  // auth_basic answers with a Basic challenge and an HTML page; a JSON body means the API wrote it.
  const basic = ctx.challenges.find((c) => c.scheme.toLowerCase() === "basic");
  if (isNginx && basic && ctx.json === undefined) {
    const name = basic.params.realm ?? "";
    out.push(signals.own(0.4, realm("Basic", name), `WWW-Authenticate: Basic realm="${name}"`));
  }
  return out;
};

export const nginx: Gateway = {
  id: "nginx",
  name: "nginx",
  sentenceName: "nginx",
  isGateway: true,
  detect,
  // auth_basic; auth_request delegates to a service that may want anything.
  placements: [{ placement: "basic" }],
  fix: "nginx refused before proxying (auth_basic or auth_request): it wants its own credentials, often Basic auth, separate from the API's key.",
};
