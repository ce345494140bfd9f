import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { GATEWAYS } from "@/lib/providers/gateways/index";

type Hop = "you" | "proxy" | "gateway" | "api";

interface Answer {
  hop?: Hop;
  note: string;
  gatewayName?: string;
  /** The request got no answer at all: it failed on the way out. */
  failed?: boolean;
  /** A 2xx: the layer that answered let the key through, so it is not marked as a failure. */
  ok?: boolean;
}

function whoAnswered(probe: ProbeResult | undefined): Answer {
  if (!probe) return { note: "Not tested: inspection only." };
  const o = probe.outcome;
  if (o.kind === "error") {
    // The message is a whole sentence already: quoting the error kind next to it read as
    // "No layer answered: invalid_header (The request could not be sent: ….).".
    return {
      hop: "you",
      failed: true,
      note: `No answer came back. ${o.error.message}`,
    };
  }
  if (o.status === 407)
    return { hop: "proxy", note: "A forward proxy answered 407 before anything else." };
  if (o.layer.isGateway) {
    const name = GATEWAYS[o.layer.layer].name;
    return {
      hop: "gateway",
      gatewayName: name,
      note: `${name} answered ${o.status}, before the API saw the request.`,
    };
  }
  return {
    hop: "api",
    ok: o.status >= 200 && o.status < 300,
    note: `The API itself answered ${o.status}.`,
  };
}

/** You → proxy → gateway → API, marking the layer that answered the request as sent. */
export function RequestPath({ asSent }: { asSent: ProbeResult | undefined }) {
  const { hop, note, gatewayName, failed, ok } = whoAnswered(asSent);
  const hops: { id: Hop; label: string; sub: string }[] = [
    { id: "you", label: "You", sub: "your code (here: our server)" },
    { id: "proxy", label: "Proxy", sub: "a forward proxy, if any" },
    { id: "gateway", label: gatewayName ?? "Gateway", sub: "gateway or edge, if any" },
    { id: "api", label: "API", sub: "the service itself" },
  ];
  return (
    <div
      className="flex flex-col gap-2"
      data-testid="request-path"
      data-answered={hop ?? "none"}
      data-ok={ok ? "" : undefined}
    >
      <h3 className="text-lg font-semibold">Who answered</h3>
      <ol className="flex flex-col gap-2 sm:flex-row sm:items-stretch">
        {hops.map((h, i) => {
          const active = h.id === hop;
          return (
            <li
              key={h.id}
              className="flex flex-col items-stretch gap-2 sm:flex-1 sm:flex-row sm:items-center"
            >
              <div
                className={`flex-1 rounded-md border-2 p-2 text-center text-sm ${
                  !active
                    ? "border-zinc-300 dark:border-zinc-700"
                    : ok
                      ? "border-emerald-700 bg-emerald-50 font-semibold text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100"
                      : "border-red-700 bg-red-50 font-semibold text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
                }`}
              >
                <span className="block">{h.label}</span>
                <span className="block text-xs font-normal">
                  {active ? (failed ? "failed here" : "answered here") : h.sub}
                </span>
              </div>
              {i < hops.length - 1 ? (
                <span aria-hidden="true" className="text-center text-zinc-600 dark:text-zinc-400">
                  <span className="sm:hidden">↓</span>
                  <span className="hidden sm:inline">→</span>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="text-sm">{note}</p>
    </div>
  );
}
