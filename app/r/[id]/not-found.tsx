import { SharePage } from "@/components/share/share-page";
import { ShareProblem } from "@/components/share/share-problem";

/** An unknown, malformed or expired share id: answered 404 by the server. */
export default function ShareNotFound() {
  return (
    <SharePage>
      <ShareProblem kind="not_found" />
    </SharePage>
  );
}
