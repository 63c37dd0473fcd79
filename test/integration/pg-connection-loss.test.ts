// PostgreSQL connections lost under the process (server restart, failover, an administrator): the LISTEN comes back and says so, a transaction fails alone, the process goes on.
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-app.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("lost PostgreSQL connections", () => {
  let t: TestDatabase;
  /** On the test's database: sends the notifications. */
  let sender: pg.Client;
  /** On the server's own database (TEST_DATABASE_URL): ends connections, refuses them. */
  let admin: pg.Client;
  let name = "";
  const notify = (channel: string, payload: string) => sender.query("SELECT pg_notify($1, $2)", [channel, payload]);
  /** Ends this database's connections that last ran `LISTEN <channel>` (those that listen), as pg_terminate_backend does. */
  const endListeners = async (channel: string) =>
    (
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = $1 AND query = $2`,
        [name, `LISTEN "${channel}"`],
      )
    ).rowCount;

  /** Listens on `channel`: what it heard, how often it resumed, how to stop. */
  const listening = async (channel: string) => {
    const heard: string[] = [];
    let resumed = 0;
    const stop = await t.database.listen(
      channel,
      (payload) => heard.push(payload),
      () => resumed++,
    );
    return { heard, resumed: () => resumed, stop };
  };

  beforeAll(async () => {
    t = await createTestDatabase("postgres");
    name = new URL(t.url as string).pathname.slice(1);
    sender = new pg.Client({ connectionString: t.url as string });
    admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await sender.connect();
    await admin.connect();
  });
  afterAll(async () => {
    await sender.end();
    await admin.end();
    await t.drop();
  });

  it("listens again on a new connection after its own is ended, says so, and hears what is sent afterwards", async () => {
    const { heard, resumed, stop } = await listening("probe_a");
    await notify("probe_a", "before");
    await until(() => heard.includes("before"), "the first notification");

    expect(await endListeners("probe_a")).toBe(1);
    await until(() => resumed() === 1, "the LISTEN to come back");
    await notify("probe_a", "after");
    await until(() => heard.includes("after"), "a notification after the loss");

    await stop();
    await notify("probe_a", "stopped");
    await sleep(300);
    expect(heard).not.toContain("stopped");
    expect(await endListeners("probe_a")).toBe(0);
  });

  it("keeps trying while the database refuses connections, and comes back once it takes them again", async () => {
    const { heard, resumed, stop } = await listening("probe_b");
    await admin.query(`ALTER DATABASE ${pg.escapeIdentifier(name)} WITH ALLOW_CONNECTIONS false`);
    try {
      expect(await endListeners("probe_b")).toBe(1);
      // Several attempts fail meanwhile (250 ms, then 500, 1000 ...).
      await sleep(1200);
      expect(resumed()).toBe(0);
    } finally {
      await admin.query(`ALTER DATABASE ${pg.escapeIdentifier(name)} WITH ALLOW_CONNECTIONS true`);
    }
    await until(() => resumed() === 1, "the LISTEN to come back", 15_000);
    await notify("probe_b", "back");
    await until(() => heard.includes("back"), "a notification once connections are taken again");
    await stop();
  });

  it("a transaction whose connection is ended fails with an error; the database goes on answering", async () => {
    const transaction = t.database.db.transaction(async (tx) => {
      const me = (await tx.execute(sql`SELECT pg_backend_pid() AS pid`)) as unknown as { rows: { pid: number }[] };
      await admin.query("SELECT pg_terminate_backend($1)", [me.rows[0]?.pid]);
      await tx.execute(sql`SELECT 1`);
    });
    await expect(transaction).rejects.toThrow();
    const after = (await t.database.db.execute(sql`SELECT 41 + 1 AS n`)) as unknown as { rows: { n: number }[] };
    expect(after.rows[0]?.n).toBe(42);
  });
});
