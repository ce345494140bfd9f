import { Badge, type Tone } from "@/components/ui/badge";
import type { EchoVerdict } from "@/lib/echo/compare";

const TONE: Record<EchoVerdict["kind"], Tone> = { cause: "bad", match: "good", info: "neutral" };

/** One verdict: a badge (carrying the cause id for tests and the report) and a sentence. */
export function VerdictBadge({ verdict }: { verdict: EchoVerdict }) {
  return (
    <div
      className="flex flex-col gap-1"
      data-verdict={verdict.kind === "cause" ? verdict.causeId : verdict.kind}
    >
      <span>
        <Badge tone={TONE[verdict.kind]}>
          {verdict.kind === "cause" ? `${verdict.title} (${verdict.causeId})` : verdict.title}
        </Badge>
      </span>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{verdict.detail}</p>
    </div>
  );
}
