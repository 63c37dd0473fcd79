// One Server-Sent Events stream per signed-in person: calls `onEvent` with each parsed event of the listed types, and
// `onReopen` when the stream has come back after a break (events of the break were missed: read afresh).
import { useEffect, useRef } from "react";

export type LiveEvent = { type: string; unitId: string; id: string | null; data: Record<string, unknown> };

export function useEventStream(
  url: string,
  types: readonly string[],
  enabled: boolean,
  onEvent: (event: LiveEvent) => void,
  onReopen?: () => void,
) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const reopened = useRef(onReopen);
  reopened.current = onReopen;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stream lives as long as the url and the permission
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource(url);
    let opened = false;
    // EventSource reconnects by itself when the server ends the stream or goes away; every open after the first is one.
    source.onopen = () => {
      if (opened) reopened.current?.();
      opened = true;
    };
    const listener = (message: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(message.data) as LiveEvent);
      } catch {
        // A malformed line is dropped; the next event refreshes the same data.
      }
    };
    for (const type of types) source.addEventListener(type, listener as EventListener);
    return () => source.close();
  }, [url, enabled]);
}
