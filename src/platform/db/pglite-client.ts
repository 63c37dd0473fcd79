// The embedded PGlite database on a worker thread, behind the part of PGlite's API that Teduh and drizzle use; a thread that dies is replaced.
import type { QueryOptions, Results } from "@electric-sql/pglite";
import { DatabaseWorker, type Sent, sendable } from "./pglite-worker.js";

/** A PGlite transaction's handle as drizzle uses it. */
export interface ThreadTransaction {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Results[]>;
}

/** Waits before starting a thread again after one died: doubling from the first to the last while starts fail. */
const RESTART_DELAYS_MS = { first: 200, last: 10_000 };

interface Listener {
  onMessage: (payload: string) => void;
  onResumed?: () => void;
}

/**
 * PGlite on a thread of its own: PostgreSQL's work (about half of a report submission's time on the server's thread,
 * docs/benchmarks.md) no longer holds up the HTTP requests, and uses the machine's second core. Each call is one
 * message each way; calls run in the order sent, serialised by PGlite as in the same thread.
 *
 * If the thread dies (PGlite's WebAssembly aborts, say), the calls it was answering fail, and so does everything
 * after in a transaction it held: nothing of it runs elsewhere. On a data folder a new thread is started on the same
 * files, as a restarted process would (PostgreSQL recovers them from its WAL); calls made meanwhile wait for it, and
 * every channel listened to is listened to again, each listener told through `onResumed`. In memory there is nothing
 * to start again from: the database stays ended and every call fails.
 */
export class PgliteThread {
  private current: DatabaseWorker;
  /** The next thread while one is being started after a death. */
  private next: Promise<DatabaseWorker> | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Each channel's LISTEN on the current thread, while anyone here listens to it. */
  private subscribed = new Map<string, Promise<unknown>>();
  private closed = false;
  private delay = RESTART_DELAYS_MS.first;
  /** Ends the wait before the next start at once (closing does). */
  private stopWaiting: (() => void) | null = null;

  /** Starts the thread and opens the database in `dataDir` (a new one in memory when null); resolves once it is ready. */
  static async start(dataDir: string | null, startParams: string[]): Promise<PgliteThread> {
    const client = new PgliteThread(dataDir, startParams);
    client.adopt(await DatabaseWorker.start(dataDir, startParams, client.deliver));
    return client;
  }

  private constructor(
    private readonly dataDir: string | null,
    private readonly startParams: string[],
  ) {
    this.current = null as unknown as DatabaseWorker;
  }

  private readonly deliver = (channel: string, payload: string): void => {
    for (const listener of this.listeners.get(channel) ?? []) listener.onMessage(payload);
  };

  /** Makes `worker` the current thread, and starts the next one when it dies (on a data folder). */
  private adopt(worker: DatabaseWorker): void {
    this.current = worker;
    this.subscribed = new Map();
    void worker.ended.then(({ closed }) => {
      if (closed || this.closed || this.dataDir === null || this.current !== worker) return;
      this.next ??= this.restart();
    });
  }

  private async restart(): Promise<DatabaseWorker> {
    for (;;) {
      await new Promise<void>((wait) => {
        const timer = setTimeout(wait, this.delay);
        this.stopWaiting = () => {
          clearTimeout(timer);
          wait();
        };
      });
      this.stopWaiting = null;
      if (this.closed) throw new Error("the database is closed");
      try {
        const worker = await DatabaseWorker.start(this.dataDir, this.startParams, this.deliver);
        this.delay = RESTART_DELAYS_MS.first;
        this.adopt(worker);
        this.next = null;
        await this.listenAgain();
        return worker;
      } catch {
        this.delay = Math.min(RESTART_DELAYS_MS.last, this.delay * 2);
      }
    }
  }

  /** After a restart: LISTEN on every channel with listeners, then tell each that notifications may have been missed. */
  private async listenAgain(): Promise<void> {
    for (const [channel, set] of this.listeners) {
      await this.subscribe(channel).catch(() => undefined);
      for (const listener of set) listener.onResumed?.();
    }
  }

  /** The thread to send a call to: the current one, or, while one is being started after a death, that one. */
  private async thread(): Promise<DatabaseWorker> {
    if (!this.current.alive && this.next) return this.next;
    return this.current;
  }

  private async call<T>(message: Sent): Promise<T> {
    return (await this.thread()).call<T>(message);
  }

  async query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.call({ op: "query", text, params: params ?? [], options: sendable(options) });
  }

  /** One statement outside any transaction, parsed once per thread under `name` and then only bound and run. */
  async prepared<T>(name: string, text: string, params: unknown[]): Promise<Results<T>> {
    return this.call({ op: "prepared", name, text, params });
  }

  async exec(text: string, options?: QueryOptions): Promise<Results[]> {
    return this.call({ op: "exec", text, options: sendable(options) });
  }

  /**
   * Commits when `fn` returns, rolls back when it throws; other calls wait until it ends, as with PGlite itself. All of
   * it goes to the thread that began it: if that thread dies, the rest fails rather than run outside the transaction.
   */
  async transaction<T>(fn: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const worker = await this.thread();
    const id = await worker.call<number>({ op: "begin" });
    const tx: ThreadTransaction = {
      query: (text, params, options) =>
        worker.call({ op: "query", text, params: params ?? [], options: sendable(options), tx: id }),
      exec: (text, options) => worker.call({ op: "exec", text, options: sendable(options), tx: id }),
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      // The caller hears its own error, even when the rollback fails too (the thread has stopped, say).
      await worker.call({ op: "end", tx: id, commit: false }).catch(() => undefined);
      throw error;
    }
    await worker.call({ op: "end", tx: id, commit: true });
    return result;
  }

  /** The channel's LISTEN on the current thread, made once for all its listeners; a failed one is tried again next time. */
  private subscribe(channel: string): Promise<unknown> {
    let subscription = this.subscribed.get(channel);
    if (!subscription) {
      const subscriptions = this.subscribed;
      subscription = this.call({ op: "listen", channel });
      subscriptions.set(channel, subscription);
      subscription.catch(() => subscriptions.delete(channel));
    }
    return subscription;
  }

  /**
   * Calls `onMessage` with each NOTIFY payload on the channel, and `onResumed` when a new thread listens again after
   * one died (payloads sent in between were missed); returns the unsubscribe function.
   */
  async listen(channel: string, onMessage: (payload: string) => void, onResumed?: () => void): Promise<() => Promise<void>> {
    // Every caller returns only once the thread listens, so none misses a payload sent after it returned.
    await this.subscribe(channel);
    const set = this.listeners.get(channel) ?? new Set();
    this.listeners.set(channel, set);
    const listener: Listener = { onMessage, onResumed };
    set.add(listener);
    return async () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        this.subscribed.delete(channel);
        await this.call({ op: "unlisten", channel }).catch(() => undefined);
      }
    };
  }

  /** Closes the database (its files are complete afterwards) and ends the thread; no new thread is started after. */
  async close(): Promise<void> {
    this.closed = true;
    this.stopWaiting?.();
    await this.next?.catch(() => undefined);
    await this.current.close();
  }
}
