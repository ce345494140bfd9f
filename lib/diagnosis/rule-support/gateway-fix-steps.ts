import type { LayerId } from "../../providers";
import { GATEWAYS } from "../../providers/gateways/index";

/** The steps for a refusal by `layer`: what it wants, and that it is not the API's key. */
export function gatewayFixSteps(layer: LayerId): string[] {
  const gateway = GATEWAYS[layer];
  return [
    gateway.isGateway ? gateway.fix : GATEWAYS.unknown.fix,
    "The gateway's credential is separate from the API's key: you may need to send both.",
  ];
}
