// The embedded database on its worker thread: results, PostgreSQL errors, transactions, NOTIFY and closing behave as PGlite's own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./connection.js";
import { PgliteThread } from "./pglite-client.js";

describe("PGlite on its own thread", () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ memory: true });
    await database.db.execute(sql`CREATE TABLE t (id int PRIMARY KEY, at timestamptz, note text)`);
  });
  afterEach(async () => {
    await database.close();
  });

  it("returns rows, with drizzle's timestamps kept as text", async () => {
    await database.db.execute(sql`INSERT INTO t VALUES (1, '2026-12-03 08:00:00+00', 'satu')`);
    const result = (await database.db.execute(sql`SELECT id, at, note FROM t`)) as unknown as { rows: unknown[] };
    expect(result.rows).toEqual([{ id: 1, at: "2026-12-03 08:00:00+00", note: "satu" }]);
    expect(await database.prepared("p", "SELECT count(*)::int AS n FROM t WHERE id = $1", [1])).toEqual([{ n: 1 }]);
  });

  it("passes PostgreSQL's error fields on, and not the query's parameters", async () => {
    await database.prepared("i", "INSERT INTO t (id, note) VALUES ($1, $2)", [1, "rahasia"]);
    const error = (await database.prepared("i", "INSERT INTO t (id, note) VALUES ($1, $2)", [1, "rahasia"]).catch((e) => e)) as {
      code?: string;
      constraint?: string;
      message: string;
      params?: unknown;
    };
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("23505");
    expect(error.constraint).toBe("t_pkey");
    expect(error.params).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain("rahasia");
  });

  it("commits a transaction that returns and rolls back one that throws, savepoints included", async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t (id) VALUES (1)`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`INSERT INTO t (id) VALUES (2)`);
          throw new Error("undo the inner one");
        })
        .catch(() => undefined);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t (id) VALUES (3)`);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t (id) VALUES (1)`);
      }),
    ).rejects.toMatchObject({ cause: { code: "23505" } });
    expect(await database.prepared("c", "SELECT id FROM t ORDER BY id", [])).toEqual([{ id: 1 }]);
  });

  it("runs other statements only after an open transaction ends", async () => {
    const order: string[] = [];
    const inside = database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO t (id) VALUES (1)`);
      await new Promise((r) => setTimeout(r, 50));
      order.push("transaction");
    });
    await new Promise((r) => setTimeout(r, 10));
    const outside = database.prepared("n", "SELECT count(*)::int AS n FROM t", []).then((rows) => {
      order.push("outside");
      return rows;
    });
    await inside;
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(["transaction", "outside"]);
  });

  it("parses a named statement once, then only binds and runs it, null parameters included", async () => {
    const text = "SELECT $1::int + 1 AS n, $2::text IS NULL AS none";
    expect(await database.prepared("plus", text, [1, null])).toEqual([{ n: 2, none: true }]);
    expect(await database.prepared("plus", text, [41, "x"])).toEqual([{ n: 42, none: false }]);
    // The statement lives in the thread's session as PostgreSQL's own named statement, made once.
    const listed = await database.prepared("list", "SELECT name, statement FROM pg_prepared_statements ORDER BY name", []);
    expect(listed.filter((r) => r.name === "plus")).toEqual([{ name: "plus", statement: text }]);
  });

  it("keeps no named statement that failed to parse: the name can be given a statement that works", async () => {
    const error = (await database.prepared("broken", "SELEC 1", []).catch((e) => e)) as { code?: string };
    expect(error.code).toBe("42601");
    expect(await database.prepared("broken", "SELECT 7 AS n", [])).toEqual([{ n: 7 }]);
  });

  it("runs a named statement after an open transaction ends, never inside it: its rollback leaves the statement's row", async () => {
    const rolledBack = database.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t (id) VALUES (1)`);
        const outside = database.prepared("ins", "INSERT INTO t (id) VALUES ($1) RETURNING id", [2]);
        await new Promise((r) => setTimeout(r, 50));
        throw Object.assign(new Error("undo"), { outside });
      })
      .catch((error: { outside: Promise<unknown> }) => error.outside);
    expect(await rolledBack).toEqual([{ id: 2 }]);
    const rows = await database.prepared("ids", "SELECT id FROM t ORDER BY id", []);
    expect(rows).toEqual([{ id: 2 }]);
  });

  it("listens for every caller of one channel, each from the moment its listen returns", async () => {
    const first: string[] = [];
    const second: string[] = [];
    const [stopFirst, stopSecond] = await Promise.all([
      database.listen("ch", (payload) => first.push(payload)),
      database.listen("ch", (payload) => second.push(payload)),
    ]);
    await database.prepared("notify", "SELECT pg_notify('ch', $1)", ["keduanya"]);
    await new Promise((r) => setTimeout(r, 50));
    await stopFirst();
    await database.prepared("notify", "SELECT pg_notify('ch', $1)", ["satu"]);
    await new Promise((r) => setTimeout(r, 50));
    await stopSecond();
    expect(first).toEqual(["keduanya"]);
    expect(second).toEqual(["keduanya", "satu"]);
  });

  it("delivers NOTIFY payloads to listeners until they unsubscribe", async () => {
    const heard: string[] = [];
    const stop = await database.listen("ch", (payload) => heard.push(payload));
    await database.prepared("notify", "SELECT pg_notify('ch', $1)", ["halo"]);
    await new Promise((r) => setTimeout(r, 50));
    await stop();
    await database.prepared("notify", "SELECT pg_notify('ch', $1)", ["lagi"]);
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toEqual(["halo"]);
  });
});

describe("PgliteThread", () => {
  it("rejects the start on a data folder it cannot open", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "teduh-thread-")), "not-a-folder");
    fs.writeFileSync(file, "x");
    await expect(PgliteThread.start(file, PGlite.defaultStartParams)).rejects.toThrow();
  });

  it("refuses calls after close, and options it cannot send", async () => {
    const client = await PgliteThread.start(null, PGlite.defaultStartParams);
    await expect(client.query("SELECT 1", [], { onNotice: () => undefined })).rejects.toThrow(/not supported/);
    await expect(client.query("SELECT now()", [], { parsers: { 1184: (text) => new Date(text) } })).rejects.toThrow(
      /not supported on the database thread: parsers/,
    );
    expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.close();
    await expect(client.query("SELECT 1")).rejects.toThrow(/stopped/);
  });

  describe("when its thread dies", () => {
    /** Ends the thread at once, as an aborted WebAssembly would. */
    const kill = (client: PgliteThread) =>
      (client as unknown as { current: { worker: { terminate(): Promise<number> } } }).current.worker.terminate();
    let dir = "";
    let client: PgliteThread;
    beforeEach(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "teduh-thread-"));
      client = await PgliteThread.start(dir, PGlite.defaultStartParams);
      await client.exec("CREATE TABLE t (id int PRIMARY KEY)");
    });
    afterEach(async () => {
      await client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("on a data folder, a new thread takes the calls on the same files; what the dead one committed is there", async () => {
      await client.query("INSERT INTO t VALUES (1)");
      await kill(client);
      // Calls made meanwhile wait for the new thread.
      expect((await client.query<{ id: number }>("SELECT id FROM t")).rows).toEqual([{ id: 1 }]);
      await client.query("INSERT INTO t VALUES (2)");
      expect((await client.query<{ n: number }>("SELECT count(*)::int AS n FROM t")).rows).toEqual([{ n: 2 }]);
    });

    it("a named statement made on the dead thread is parsed anew on the new one", async () => {
      const text = "INSERT INTO t VALUES ($1) RETURNING id";
      expect((await client.prepared<{ id: number }>("ins", text, [1])).rows).toEqual([{ id: 1 }]);
      await kill(client);
      expect((await client.prepared<{ id: number }>("ins", text, [2])).rows).toEqual([{ id: 2 }]);
      expect((await client.query<{ n: number }>("SELECT count(*)::int AS n FROM t")).rows).toEqual([{ n: 2 }]);
    });

    it("the rest of a transaction it held fails and runs nowhere else; nothing of it is stored", async () => {
      const transaction = client.transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (1)");
        await kill(client);
        await tx.query("INSERT INTO t VALUES (2)");
      });
      await expect(transaction).rejects.toThrow(/stopped/);
      expect((await client.query<{ n: number }>("SELECT count(*)::int AS n FROM t")).rows).toEqual([{ n: 0 }]);
    });

    it("listeners are listened for again on the new thread and told they may have missed payloads", async () => {
      const heard: string[] = [];
      let resumed = 0;
      await client.listen(
        "ch",
        (payload) => heard.push(payload),
        () => resumed++,
      );
      await kill(client);
      await client.query("SELECT 1");
      for (let i = 0; i < 100 && resumed === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(resumed).toBe(1);
      await client.query("SELECT pg_notify('ch', 'setelah')");
      for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual(["setelah"]);
    });
  });

  it("in memory there is nothing to start again from: after its thread dies, every call fails", async () => {
    const client = await PgliteThread.start(null, PGlite.defaultStartParams);
    await (client as unknown as { current: { worker: { terminate(): Promise<number> } } }).current.worker.terminate();
    await new Promise((r) => setTimeout(r, 400));
    await expect(client.query("SELECT 1")).rejects.toThrow(/stopped/);
    await client.close();
  });
});
