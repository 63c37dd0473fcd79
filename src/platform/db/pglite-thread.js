// The worker thread that owns the embedded PGlite database and runs what pglite-client.ts sends, off the server's event loop.
// Plain JavaScript: a worker thread is a new module graph that the TypeScript loader of the main thread does not reach.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, parse, protocol } from "@electric-sql/pglite";

/** @type {{ dataDir: string | null, startParams: string[] }} */
const { dataDir, startParams } = workerData;
/** Set by the first message: PGlite's WebAssembly programs, compiled by the main thread while this one loaded PGlite. */
let client = null;

/** Open transactions by id: PGlite's own transaction, and how to end it (true commits, false rolls back). */
const transactions = new Map();
let nextTransaction = 1;
/** The unsubscribe function of each channel listened to. */
const listening = new Map();

/** Thrown inside a transaction's callback to make PGlite roll it back. */
const ROLL_BACK = Symbol("roll back");
const identity = (value) => value;

/** Query options as PGlite takes them: the parsers that keep a type's text (the only ones drizzle passes) by type id. */
function queryOptions(sent) {
  if (!sent) return undefined;
  const made = {};
  if (sent.rowMode) made.rowMode = sent.rowMode;
  if (sent.textTypes) made.parsers = Object.fromEntries(sent.textTypes.map((oid) => [oid, identity]));
  return made;
}

/** An error as data: its message and its PostgreSQL fields (code, constraint, detail, ...), never the query's parameters. */
function errorData(error) {
  const data = { name: String(error?.name ?? "Error"), message: String(error?.message ?? error) };
  for (const [key, value] of Object.entries(error ?? {})) {
    if (key !== "params" && key !== "query" && ["string", "number", "boolean"].includes(typeof value)) data[key] = value;
  }
  return data;
}

const on = (transaction) => {
  if (transaction === undefined) return client;
  const open = transactions.get(transaction);
  if (!open) throw new Error("the transaction has already ended");
  return open.tx;
};

/** Opens a transaction and answers with its id once PGlite has begun it; `done` settles when it has committed or rolled back. */
function begin() {
  const id = nextTransaction++;
  const open = { tx: null, decide: null, done: null };
  return new Promise((entered, failed) => {
    open.done = client
      .transaction(async (tx) => {
        open.tx = tx;
        const commit = await new Promise((decide) => {
          open.decide = decide;
          transactions.set(id, open);
          entered(id);
        });
        if (!commit) throw ROLL_BACK;
      })
      .catch((error) => {
        if (error !== ROLL_BACK) throw error;
      })
      .finally(() => transactions.delete(id));
    // Before the transaction began: BEGIN failed. After, end() reports how it ended.
    open.done.catch(failed);
  });
}

async function end(id, commit) {
  const open = transactions.get(id);
  if (!open) throw new Error("the transaction has already ended");
  const done = open.done;
  open.decide(commit);
  await done;
  return null;
}

async function listen(channel) {
  if (!listening.has(channel)) {
    listening.set(channel, await client.listen(channel, (payload) => parentPort.postMessage({ notify: channel, payload })));
  }
  return null;
}

async function unlisten(channel) {
  const unsubscribe = listening.get(channel);
  listening.delete(channel);
  if (unsubscribe) await unsubscribe();
  return null;
}

/** Named statements parsed on this thread's database: their parameter types and result columns, described once. */
const statements = new Map();
const quiet = { syncToFs: false };

/**
 * A named prepared statement, as PostgreSQL's extended protocol has it: parsed and described the first time, then only
 * bound and executed. PGlite's query() parses, plans and describes its text on every call, which for the report
 * batch's statement was about a third of the batch's time inside PGlite (docs/benchmarks.md). It waits for an open
 * transaction to end and holds the query lock, as query() does, so it never runs inside another caller's transaction.
 */
function prepared(name, text, params) {
  const { serialize } = protocol;
  return client._runExclusiveTransaction(() =>
    client._runExclusiveQuery(async () => {
      const messages = [];
      try {
        let statement = statements.get(name);
        if (!statement) {
          try {
            await client.execProtocolStream(serialize.parse({ name, text }), quiet);
            const described = await client.execProtocolStream(serialize.describe({ type: "S", name }), quiet);
            statement = {
              types: parse.parseDescribeStatementResults(described),
              columns: described.filter((m) => m.name === "rowDescription"),
            };
          } catch (error) {
            // Parsed but not described: closed again, so that the next call can parse it anew under the same name.
            await client.execProtocolStream(serialize.close({ type: "S", name }), { ...quiet, throwOnError: false });
            throw error;
          }
          statements.set(name, statement);
        }
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const serializer = client.serializers[statement.types[i]];
          return serializer ? serializer(value) : value.toString();
        });
        messages.push(...statement.columns);
        messages.push(...(await client.execProtocolStream(serialize.bind({ statement: name, values }), quiet)));
        messages.push(...(await client.execProtocolStream(serialize.execute({}), quiet)));
      } finally {
        messages.push(...(await client.execProtocolStream(serialize.sync(), quiet)));
      }
      await client.syncToFs();
      return parse.parseResults(messages, client.parsers)[0];
    }),
  );
}

async function run(message) {
  switch (message.op) {
    case "query":
      return await on(message.tx).query(message.text, message.params, queryOptions(message.options));
    case "exec":
      return await on(message.tx).exec(message.text, queryOptions(message.options));
    case "prepared":
      return await prepared(message.name, message.text, message.params);
    case "begin":
      return await begin();
    case "end":
      return await end(message.tx, message.commit);
    case "listen":
      return await listen(message.channel);
    case "unlisten":
      return await unlisten(message.channel);
    case "close":
      await client.close();
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

function open({ pgliteWasmModule, initdbWasmModule }) {
  const options = { startParams, pgliteWasmModule, initdbWasmModule };
  client = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  client.waitReady.then(
    () => parentPort.postMessage({ ready: true }),
    (error) => parentPort.postMessage({ failed: errorData(error) }),
  );
}

parentPort.on("message", (message) => {
  if (message.modules) return open(message.modules);
  run(message).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: errorData(error) }),
  );
});
