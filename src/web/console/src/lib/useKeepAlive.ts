// Keeps the session of someone at work alive (keepAlive.ts): typing or clicking counts, an open but untouched tab does not.
import { useEffect } from "react";
import { api, lastApiAnswerAt } from "../api/client";
import type { MeT } from "../contracts";
import { keepAliveCheckMs, shouldKeepAlive } from "./keepAlive";

const ACTIVITY = ["keydown", "pointerdown", "input"] as const;

export function useKeepAlive(me: MeT | null | undefined): void {
  const idleMinutes = me?.sessionIdleMinutes ?? 0;
  useEffect(() => {
    if (!idleMinutes) return;
    let lastActivityAt = 0;
    const active = () => {
      lastActivityAt = Date.now();
    };
    for (const type of ACTIVITY) document.addEventListener(type, active, { capture: true, passive: true });
    const timer = setInterval(() => {
      // A 401 here goes to the usual handler: the session had already ended.
      if (shouldKeepAlive(Date.now(), lastActivityAt, lastApiAnswerAt(), idleMinutes)) void api("GET", "/me").catch(() => {});
    }, keepAliveCheckMs(idleMinutes));
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, active, { capture: true });
    };
  }, [idleMinutes]);
}
