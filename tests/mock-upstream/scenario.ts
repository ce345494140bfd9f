import type { IncomingMessage, ServerResponse } from "node:http";
import type { SeenCredential } from "./credentials";

export interface ScenarioContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  creds: SeenCredential[];
  /** Is this value one of the configured good keys? */
  isGood(value: string): boolean;
  /** This server's own origin, e.g. http://127.0.0.1:41234 */
  origin: string;
}

export type Scenario = (ctx: ScenarioContext) => void;
