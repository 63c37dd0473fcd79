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

  constructor(
    private readonly writeBatch: (items: I[]) => Promise<O[]>,
    private readonly options: WriteBatcherOptions<I>,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
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
    }
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
