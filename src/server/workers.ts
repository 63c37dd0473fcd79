// Background work of a server process (the outbox dispatcher); returns a function that stops it.
import type { AppContext } from "../platform/http/context.js";

export async function startBackgroundWorkers(_ctx: AppContext): Promise<() => Promise<void>> {
  return async () => {};
}
