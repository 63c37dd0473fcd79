// One life of the embedded database's worker thread (pglite-thread.js): started, one message each way per call, ended.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { QueryOptions } from "@electric-sql/pglite";

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
export type Sent = { op: string; tx?: number; [key: string]: unknown };

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
export function sendable(options: QueryOptions | undefined): { rowMode?: string; textTypes?: number[] } | undefined {
  if (!options) return undefined;
  const { rowMode, parsers, ...rest } = options;
  const unsupported = Object.keys(rest);
  if (parsers && Object.entries(parsers).some(([oid, parse]) => parse("text", Number(oid)) !== "text"))
    unsupported.push("parsers");
  if (unsupported.length > 0) throw new Error(`query options not supported on the database thread: ${unsupported}`);
  return { rowMode, textTypes: parsers ? Object.keys(parsers).map(Number) : undefined };
}

/**
 * One worker thread holding PGlite, from its start to its end. Calls are answered in the order sent. When the thread
 * ends, whether closed or not, every call waiting and every later one fails with the reason, and `ended` settles.
 */
export class DatabaseWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private endedWith: Error | null = null;
  private closing = false;
  private readonly waitReady: Promise<void>;
  /** Settles when the thread has ended, with whether it was closed on purpose. */
  readonly ended: Promise<{ closed: boolean; error: Error }>;

  /** Starts a thread on `dataDir` (a new database in memory when null); resolves once PGlite is ready. */
  static async start(
    dataDir: string | null,
    startParams: string[],
    onNotify: (channel: string, payload: string) => void,
  ): Promise<DatabaseWorker> {
    // The thread loads PGlite's code while this one compiles its WebAssembly (or finds it compiled already).
    const thread = new DatabaseWorker(dataDir, startParams, onNotify);
    try {
      thread.worker.postMessage({ modules: await wasmModules() });
      await thread.waitReady;
    } catch (error) {
      thread.closing = true;
      await thread.worker.terminate();
      throw error;
    }
    return thread;
  }

  private constructor(dataDir: string | null, startParams: string[], onNotify: (channel: string, payload: string) => void) {
    this.worker = new Worker(new URL("./pglite-thread.js", import.meta.url), { workerData: { dataDir, startParams } });
    let ended!: (how: { closed: boolean; error: Error }) => void;
    this.ended = new Promise((resolve) => {
      ended = resolve;
    });
    this.waitReady = new Promise<void>((ready, failed) => {
      this.worker.on("message", (message: Reply & { ready?: true; failed?: ErrorData; notify?: string; payload?: string }) => {
        if (message.ready) {
          // Idle, the thread does not keep the process alive; starting, or with a call in flight, it does.
          if (this.pending.size === 0) this.worker.unref();
          ready();
        } else if (message.failed) failed(rebuild(message.failed));
        else if (message.notify !== undefined) onNotify(message.notify, message.payload ?? "");
        else this.settle(message);
      });
      const stop = (error: Error) => {
        if (this.endedWith) return;
        this.endedWith = error;
        failed(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
        ended({ closed: this.closing, error });
      };
      this.worker.on("error", (error) => stop(error));
      this.worker.on("exit", (code) => stop(new Error(`the database thread stopped (exit code ${code})`)));
    });
  }

  get alive(): boolean {
    return this.endedWith === null;
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error) waiting.reject(rebuild(reply.error));
    else waiting.resolve(reply.result);
  }

  call<T>(message: Sent): Promise<T> {
    if (this.endedWith) return Promise.reject(this.endedWith);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Closes the database (its files are complete afterwards) and ends the thread. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.alive) await this.call({ op: "close" });
    await this.worker.terminate();
  }
}
