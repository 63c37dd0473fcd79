// A background sweep run on an interval and on demand: one at a time, again at once if woken meanwhile, errors left to the next tick.

export interface Sweeper {
  /** Runs a sweep now, or right after the one under way. */
  wake(): void;
  /** Resolves when the sweep under way (if any) and any requested after it are done. */
  idle(): Promise<void>;
  /** No sweep starts after this; resolves once the one under way has ended. */
  stop(): Promise<void>;
}

/**
 * Calls `step` until it says there is no more to do (a full batch means more may wait: a burst is drained without
 * waiting for the timer). A failing step (the database briefly unreachable) ends the sweep and is told to `failed`;
 * the next tick tries again.
 */
export function startSweeper(
  step: () => Promise<boolean>,
  intervalSeconds: number,
  failed: (error: unknown) => void = () => {},
): Sweeper {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const sweep = async (): Promise<void> => {
    do {
      again = false;
      try {
        while (!stopped && (await step())) {
          // More may wait.
        }
      } catch (error) {
        // Tried again on the next tick.
        failed(error);
      }
    } while (again && !stopped);
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = sweep().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(wake, intervalSeconds * 1000);
  timer.unref();
  wake();

  return {
    wake,
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
    },
  };
}
