// The embedded PGlite database run on a worker thread (pglite-thread.js), behind the part of PGlite's API that Teduh and drizzle use.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { QueryOptions, Results } from "@electric-sql/pglite";

interface WasmModules {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
}
let compiled: Promise<WasmModules> | null = null;
/** Node's WebAssembly global, which the ES2023 lib and Node's types declare only as a namespace of types. */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> } }).WebAssembly;

/**
 * PGlite's two WebAssembly programs, compiled once per process and handed to each database thread (a compiled module
 * crosses threads without copying): each thread compiling its own 9 MB took about a second per database opened.
 */
function wasmModules(): Promise<WasmModules> {
  compiled ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
    const compile = async (file: string) => wasm.compile(await fs.promises.readFile(path.join(dist, file)));
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all([compile("pglite.wasm"), compile("initdb.wasm")]);
    return { pgliteWasmModule, initdbWasmModule };
  })();
  return compiled;
}

interface ErrorData {
  name: string;
  message: string;
  [field: string]: string | number | boolean;
}
type Reply = { id: number; result?: unknown; error?: ErrorData };
type Sent = { op: string; tx?: number; [key: string]: unknown };

/** A PostgreSQL error from the worker: the same message and fields (code, constraint, ...) as PGlite's own. */
function rebuild(data: ErrorData): Error {
  const { name, message, ...fields } = data;
  return Object.assign(new Error(message), fields, { name });
}

/**
 * What may cross to the worker of a query's options. drizzle passes parsers only to keep dates and intervals as text
 * (identity functions), which cannot be sent: they go as the type ids whose text is kept. Anything else is refused,
 * a parser that changes its text too.
 */
function sendable(options: QueryOptions | undefined): { rowMode?: string; textTypes?: number[] } | undefined {
  if (!options) return undefined;
  const { rowMode, parsers, ...rest } = options;
  const unsupported = Object.keys(rest);
  if (parsers && Object.entries(parsers).some(([oid, parse]) => parse("text", Number(oid)) !== "text"))
    unsupported.push("parsers");
  if (unsupported.length > 0) throw new Error(`query options not supported on the database thread: ${unsupported}`);
  return { rowMode, textTypes: parsers ? Object.keys(parsers).map(Number) : undefined };
}

/** A PGlite transaction's handle as drizzle uses it. */
export interface ThreadTransaction {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(text: string, options?: QueryOptions): Promise<Results[]>;
}

/**
 * PGlite on a thread of its own: PostgreSQL's work (about half of a report submission's time on the server's thread,
 * docs/benchmarks.md) no longer holds up the HTTP requests, and uses the machine's second core. Each call is one
 * message each way; calls run in the order sent, serialised by PGlite as in the same thread.
 */
export class PgliteThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();
  /** Each channel's LISTEN on the thread, while anyone here listens to it. */
  private readonly subscribed = new Map<string, Promise<unknown>>();
  private nextId = 1;
  private stopped: Error | null = null;
  private readonly waitReady: Promise<void>;

  /** Starts the thread and opens the database in `dataDir` (a new one in memory when null); resolves once it is ready. */
  static async start(dataDir: string | null, startParams: string[]): Promise<PgliteThread> {
    // The thread loads PGlite's code while this one compiles its WebAssembly (or finds it compiled already).
    const client = new PgliteThread(dataDir, startParams);
    try {
      client.worker.postMessage({ modules: await wasmModules() });
      await client.waitReady;
    } catch (error) {
      await client.worker.terminate();
      throw error;
    }
    return client;
  }

  private constructor(dataDir: string | null, startParams: string[]) {
    this.worker = new Worker(new URL("./pglite-thread.js", import.meta.url), { workerData: { dataDir, startParams } });
    this.waitReady = new Promise<void>((ready, failed) => {
      this.worker.on("message", (message: Reply & { ready?: true; failed?: ErrorData; notify?: string; payload?: string }) => {
        if (message.ready) {
          if (this.pending.size === 0) this.worker.unref();
          ready();
        } else if (message.failed) failed(rebuild(message.failed));
        else if (message.notify !== undefined)
          for (const on of this.listeners.get(message.notify) ?? []) on(message.payload ?? "");
        else this.settle(message);
      });
      const stop = (error: Error) => {
        this.stopped = error;
        failed(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      this.worker.on("error", (error) => stop(error));
      this.worker.on("exit", (code) => stop(new Error(`the database thread stopped (exit code ${code})`)));
    });
    // Idle, the thread does not keep the process alive (unref once ready); starting, or with a call in flight, it does.
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error) waiting.reject(rebuild(reply.error));
    else waiting.resolve(reply.result);
  }

  private call<T>(message: Sent): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  async query<T>(text: string, params?: unknown[], options?: QueryOptions, tx?: number): Promise<Results<T>> {
    return this.call({ op: "query", text, params: params ?? [], options: sendable(options), tx });
  }

  async exec(text: string, options?: QueryOptions, tx?: number): Promise<Results[]> {
    return this.call({ op: "exec", text, options: sendable(options), tx });
  }

  /** Commits when `fn` returns, rolls back when it throws; other calls wait until it ends, as with PGlite itself. */
  async transaction<T>(fn: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const id = await this.call<number>({ op: "begin" });
    const tx: ThreadTransaction = {
      query: (text, params, options) => this.query(text, params, options, id),
      exec: (text, options) => this.exec(text, options, id),
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      // The caller hears its own error, even when the rollback fails too (the thread has stopped, say).
      await this.call({ op: "end", tx: id, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.call({ op: "end", tx: id, commit: true });
    return result;
  }

  /** Calls `onMessage` with each NOTIFY payload on the channel; returns the unsubscribe function. */
  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    let subscription = this.subscribed.get(channel);
    if (!subscription) {
      subscription = this.call({ op: "listen", channel });
      this.subscribed.set(channel, subscription);
      // A LISTEN that failed is tried again by the next caller.
      subscription.catch(() => this.subscribed.delete(channel));
    }
    // Every caller returns only once the thread listens, so none misses a payload sent after it returned.
    await subscription;
    const set = this.listeners.get(channel) ?? new Set();
    this.listeners.set(channel, set);
    set.add(onMessage);
    return async () => {
      set.delete(onMessage);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        this.subscribed.delete(channel);
        await this.call({ op: "unlisten", channel });
      }
    };
  }

  /** Closes the database (its files are complete afterwards) and ends the thread. */
  async close(): Promise<void> {
    if (!this.stopped) await this.call({ op: "close" });
    await this.worker.terminate();
  }
}
