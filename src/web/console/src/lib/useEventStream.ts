// One Server-Sent Events stream per signed-in person: calls `onEvent` with each parsed event of the listed types.
import { useEffect, useRef } from "react";

export type LiveEvent = { type: string; unitId: string; id: string | null; data: Record<string, unknown> };

export function useEventStream(url: string, types: readonly string[], enabled: boolean, onEvent: (event: LiveEvent) => void) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stream lives as long as the url and the permission
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource(url);
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
