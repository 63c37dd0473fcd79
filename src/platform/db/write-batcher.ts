// Group commit in the application: writes that arrive while one batch is being written go out together in the next.
interface Waiting<I, O> {
  item: I;
  resolve: (out: O) => void;
  reject: (error: unknown) => void;
}

export interface WriteBatcherOptions<I> {
  /** Most items in one batch. */
  maxItems: number;
  /** An item's share of maxWeight (e.g. the bytes it carries); a batch stops growing once it reaches maxWeight. */
  weight?: (item: I) => number;
  maxWeight?: number;
  /** When a batch fails, write each of its items alone, so one bad item fails only its own caller. */
  retrySingly?: boolean;
  /** Batches written at the same time (each on its own connection); 1 by default. */
  concurrency?: number;
}

/** Batchers holding items not yet written, or writing now: what a stopping process must wait for. */
const busy = new Set<WriteBatcher<unknown, unknown>>();

/**
 * Resolves once every batcher of this process has written what it holds, including items pushed meanwhile (a request
 * that waited on one batcher, such as the rate-limit counter, then pushes to another), or after `timeoutMs`. A stopping
 * server calls it after the HTTP server closed and before the database does: a report received in full is stored even
 * when its reporter's connection broke before the answer.
 */
export async function settleWriteBatchers(timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // Callers whose batch just committed run on, and may push to another batcher, before this turn ends.
    await new Promise((resolve) => setImmediate(resolve));
    if (busy.size === 0 || Date.now() >= until) return;
    const left = until - Date.now();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([...busy].map((b) => b.idle())),
      new Promise((resolve) => {
        timer = setTimeout(resolve, left);
      }),
    ]);
    clearTimeout(timer);
  }
}

/**
 * Each caller waits for the commit of the batch holding its item, so nothing is acknowledged before it is stored. When
 * no batch is being written, the first item waits for the event loop's next turn (setImmediate), so that the requests
 * read in the same turn go together even when the database answers synchronously (PGlite, in this process), at the
 * cost of well under a millisecond when quiet; under load the next batch starts the moment the last one is stored.
 * At most `concurrency` batches are written at a time. Each batch costs one transaction and one commit, not one per item.
 */
export class WriteBatcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  /** Batches being written now. */
  private writing = 0;
  private scheduled = false;
  /** Callers of idle(), told when nothing is queued or being written. */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly writeBatch: (items: I[]) => Promise<O[]>,
    private readonly options: WriteBatcherOptions<I>,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      busy.add(this as WriteBatcher<unknown, unknown>);
      this.schedule();
    });
  }

  /** Resolves when nothing is queued or being written. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.writing === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0 || this.writing >= (this.options.concurrency ?? 1)) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.writeNext();
    });
  }

  private async writeNext(): Promise<void> {
    if (this.queue.length === 0 || this.writing >= (this.options.concurrency ?? 1)) return;
    this.writing++;
    const batch = this.take();
    this.schedule();
    try {
      await this.write(batch);
    } finally {
      this.writing--;
      // Items that came while this batch was written go at once, without waiting for another turn of the loop.
      if (this.queue.length > 0) void this.writeNext();
      else if (this.writing === 0) this.becameIdle();
    }
  }

  private becameIdle(): void {
    busy.delete(this as WriteBatcher<unknown, unknown>);
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  private take(): Waiting<I, O>[] {
    const { maxItems, weight, maxWeight = Number.POSITIVE_INFINITY } = this.options;
    let count = 0;
    let carried = 0;
    while (count < this.queue.length && count < maxItems && carried < maxWeight) {
      carried += weight ? weight((this.queue[count] as Waiting<I, O>).item) : 0;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private async write(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outs = await this.writeBatch(batch.map((w) => w.item));
      for (const [i, w] of batch.entries()) w.resolve(outs[i] as O);
    } catch (error) {
      if (!this.options.retrySingly || batch.length === 1) {
        for (const w of batch) w.reject(error);
        return;
      }
      for (const w of batch) await this.write([w]);
    }
  }
}
