// Keeps a LISTEN on a PostgreSQL channel through lost connections: reconnects with backoff and says when it has resumed.
import pg from "pg";

/** The first wait before reconnecting; it doubles after each failed attempt, up to the last. */
const RECONNECT_DELAYS_MS = { first: 250, last: 10_000 };

/**
 * LISTENs on `channel` on a connection of its own taken from `pool`. When that connection is lost (the server restarted
 * or failed over, an administrator ended it, the network dropped), the loss is absorbed here, never thrown at the process,
 * and the LISTEN is made again on a new connection, waiting longer after each failed attempt. Once it listens again,
 * `onResumed` is called: notifications sent in between were missed, so whoever relies on them reads afresh. The first
 * LISTEN's failure is the caller's error. Returns the function that stops listening for good.
 */
export async function listenOnPool(
  pool: pg.Pool,
  channel: string,
  onMessage: (payload: string) => void,
  onResumed?: () => void,
): Promise<() => Promise<void>> {
  const listenSql = `LISTEN ${pg.escapeIdentifier(channel)}`;
  /** Gives back the connection listening now. */
  let current: (() => void) | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let delay = RECONNECT_DELAYS_MS.first;

  const attach = async (): Promise<void> => {
    const client = await pool.connect();
    let given = false;
    let listening = false;
    /** Gives the connection back once: destroyed, never handed out again (it holds this LISTEN and these handlers). */
    const close = (error?: Error) => {
      if (given) return;
      given = true;
      client.release(error ?? true);
    };
    const lost = (error: Error) => {
      if (given) return;
      close(error);
      if (current === close) current = null;
      if (listening && !stopped) schedule();
    };
    // Kept for the client's whole life: a lost connection reports 'error', and an unheard 'error' ends the process.
    client.on("error", lost);
    client.on("end", () => lost(new Error("the listening connection ended")));
    client.on("notification", (message) => {
      // A connection given back (stopped, or lost) may still receive what was sent before its end reached the server.
      if (message.channel === channel && !given && !stopped) onMessage(message.payload ?? "");
    });
    try {
      await client.query(listenSql);
    } catch (error) {
      close(error as Error);
      throw error;
    }
    if (given) throw new Error("the listening connection ended");
    listening = true;
    current = close;
  };

  const schedule = () => {
    if (retry || stopped) return;
    retry = setTimeout(() => {
      retry = null;
      if (stopped) return;
      attach().then(
        () => {
          delay = RECONNECT_DELAYS_MS.first;
          if (stopped) return release();
          onResumed?.();
        },
        () => {
          delay = Math.min(RECONNECT_DELAYS_MS.last, delay * 2);
          schedule();
        },
      );
    }, delay);
    // A process with nothing else to do is not kept alive by the wait to reconnect.
    retry.unref();
  };

  /** Closing the connection ends its LISTEN. */
  const release = () => {
    current?.();
    current = null;
  };

  await attach();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    retry = null;
    release();
  };
}
