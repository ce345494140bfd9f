/**
 * The message to show for a failed API answer: the server's own `{ error: { message } }`
 * when it sent one (with the Retry-After wait on a 429), else the bare status. Used by the
 * share client and the echo check alike; never throws.
 */
export async function serverErrorMessage(res: Response): Promise<string> {
  let message = `The server answered ${res.status}.`;
  try {
    const body = (await res.json()) as { error?: { message?: unknown } } | null;
    if (typeof body?.error?.message === "string") message = body.error.message;
  } catch {
    return message;
  }
  const retry = res.headers.get("retry-after");
  return res.status === 429 && retry ? `${message} (retry in ${retry} s)` : message;
}
