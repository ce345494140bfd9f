import { MAX_FOLLOW_UP } from "@/lib/diagnosis/follow-up";
import { isSafeMethod } from "@/lib/diagnosis/probe-plan";

/**
 * The follow-up round's cap as the consent promises it: up to MAX_FOLLOW_UP more requests
 * after the first round, when its answers name a layer or provider placement nobody tried;
 * none when the server would not send one (variants off, or a method not safe to repeat).
 */
export function countFollowUp(input: { tryVariants?: boolean; method?: string }): number {
  if (input.tryVariants === false) return 0;
  if (input.method && !isSafeMethod(input.method)) return 0;
  return MAX_FOLLOW_UP;
}

/**
 * The consent's words for the follow-up round, empty when there is none. Some of those
 * placements are query parameters (`?apikey=`, `?subscription-key=`, `?key=`): a key in
 * a URL lands in that server's access logs, so the consent says so.
 */
export function followUpConsent(followUp: number): string {
  if (followUp === 0) return "";
  return ` If the answers name a gateway or placement not yet tried, up to ${followUp} more requests try it; a gateway that reads the key from the URL (?apikey=) may keep it in its logs.`;
}
