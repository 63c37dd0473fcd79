// When the console should touch the session: the person was active (typing, clicking) since the last request, and a third
// of the idle timeout has passed, so a long form being filled in never outlives its session; an unattended screen still does.

/** True when a request should be made now to keep the session of someone at work. */
export function shouldKeepAlive(now: number, lastActivityAt: number, lastRequestAt: number, idleMinutes: number): boolean {
  return lastActivityAt > lastRequestAt && now - lastRequestAt >= (idleMinutes * 60_000) / 3;
}

/** How often to check: often enough for a third of the idle timeout, at most once a minute. */
export const keepAliveCheckMs = (idleMinutes: number): number => Math.min(60_000, (idleMinutes * 60_000) / 6);
