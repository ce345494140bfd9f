import type { ServerResponse } from "node:http";
import { ANSWERS, answerById } from "../fixtures/answers";
import { json } from "./respond";
import type { Scenario } from "./scenario";

/** `/recorded/<id>` replays a row of tests/fixtures/answers.ts verbatim, whatever was sent. */
export const recorded: Scenario = ({ res, url }) => {
  const id = decodeURIComponent(url.pathname.slice("/recorded/".length));
  const answer = ANSWERS.find((a) => a.id === id);
  if (!answer) return json(res, 404, { error: "no such recorded answer", id });
  replay(res, id);
};

/** Writes a recorded answer verbatim: scenarios answer with the same bytes the fixtures hold. */
export function replay(res: ServerResponse, id: string): void {
  const answer = answerById(id);
  res.writeHead(answer.status, {
    ...answer.headers,
    "content-length": String(Buffer.byteLength(answer.body)),
  });
  res.end(answer.body);
}
