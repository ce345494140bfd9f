import "server-only";

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function first(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}

/**
 * The origin the user's app should call, as the browser sees this server:
 * WHY401_PUBLIC_URL when set; else the forwarded headers, believed only behind a trusted
 * reverse proxy (WHY401_TRUST_PROXY), otherwise anyone could make us hand out URLs to
 * another host; else the Host the browser used. (`npm start` drops untrusted forwarded
 * headers before Next builds the request URL from them.)
 */
export function publicOrigin(request: Request, trustProxy: boolean, publicUrl?: string): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const url = new URL(request.url);
  let protocol = url.protocol.replace(":", "");
  let host = request.headers.get("host") ?? url.host;
  if (trustProxy) {
    const proto = first(request.headers.get("x-forwarded-proto"))?.toLowerCase();
    if (proto === "http" || proto === "https") protocol = proto;
    host = first(request.headers.get("x-forwarded-host")) ?? host;
  }
  if (!HOST.test(host)) host = url.host;
  return `${protocol}://${host}`;
}
