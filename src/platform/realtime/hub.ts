// One LISTEN per process on the events channel, fanned out in memory to this process's subscribers (SSE clients).
import type { Database } from "../db/connection.js";
import { REALTIME_CHANNEL, type RealtimeEvent } from "./publish.js";

export type Subscriber = (event: RealtimeEvent) => void;

export class RealtimeHub {
  private readonly subscribers = new Set<Subscriber>();
  /** Ends each open stream when the process shuts down (open streams would hold the server open). */
  private readonly closers = new Set<() => void>();
  private unlisten: (() => Promise<void>) | null = null;
  private starting: Promise<void> | null = null;

  constructor(private readonly database: Database) {}

  /** Starts listening (once); later calls wait for the same start. */
  start(): Promise<void> {
    this.starting ??= this.database
      .listen(
        REALTIME_CHANNEL,
        (payload) => this.dispatch(payload),
        () => this.endStreams(),
      )
      .then((stop) => {
        this.unlisten = stop;
      });
    return this.starting;
  }

  subscribe(subscriber: Subscriber, onStop?: () => void): () => void {
    this.subscribers.add(subscriber);
    if (onStop) this.closers.add(onStop);
    return () => {
      this.subscribers.delete(subscriber);
      if (onStop) this.closers.delete(onStop);
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  /**
   * Ends every open stream, so that each browser reconnects (EventSource does, after the stream's retry time) and its
   * console reads its lists afresh: done when the LISTEN was lost and made again, as events sent meanwhile never came.
   */
  endStreams(): void {
    for (const close of [...this.closers]) close();
  }

  private dispatch(payload: string): void {
    let event: RealtimeEvent;
    try {
      event = JSON.parse(payload) as RealtimeEvent;
    } catch {
      return;
    }
    if (!event || typeof event.type !== "string" || typeof event.unitId !== "string") return;
    for (const subscriber of this.subscribers) {
      try {
        subscriber(event);
      } catch {
        // A broken client must not stop the others.
      }
    }
  }

  async stop(): Promise<void> {
    for (const close of [...this.closers]) close();
    this.closers.clear();
    this.subscribers.clear();
    await this.starting?.catch(() => {});
    const stop = this.unlisten;
    this.unlisten = null;
    this.starting = null;
    await stop?.().catch(() => {});
  }
}

const hubs = new WeakMap<Database, RealtimeHub>();

/** The process's hub for a database (one per opened database, so one LISTEN per process). */
export function hubFor(database: Database): RealtimeHub {
  let hub = hubs.get(database);
  if (!hub) {
    hub = new RealtimeHub(database);
    hubs.set(database, hub);
  }
  return hub;
}
