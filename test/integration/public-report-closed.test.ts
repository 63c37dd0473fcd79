// /lapor on an installation with no active unit: it says it takes no reports yet, stores nothing, and opens with the first unit.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeUnit } from "../../src/demo/factories.js";
import { units } from "../../src/modules/people/schema.js";
import { newIdempotencyKey } from "../../src/modules/reports/public/report-secrets.js";
import { baseForm, urlencoded } from "../helpers/report-form.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("/lapor without an active unit on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    vi.useRealTimers();
    await t.close();
  });

  const reports = async () =>
    Number(
      ((await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM reports`)) as unknown as { rows: { n: number }[] })
        .rows[0]?.n,
    );
  const send = (key: string) =>
    t.app.inject({
      method: "POST",
      url: "/lapor",
      payload: urlencoded(baseForm(key, { inDanger: "yes", chronology: "Anak sering dipukul & dikunci di kamar." })),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  /** Past the few seconds for which /lapor trusts its last answer about the units. */
  const later = () => vi.setSystemTime(Date.now() + 6_000);

  it("says so on the form page, with the emergency numbers and no form to fill in", async () => {
    const res = await t.app.inject({ method: "GET", url: "/lapor" });
    expect(res.statusCode).toBe(503);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain("Layanan belum menerima laporan");
    expect(res.body).toContain('href="tel:112"');
    expect(res.body).toContain('href="tel:129"');
    expect(res.body).toContain('id="quick-exit"');
    expect(res.body).not.toContain('name="idempotencyKey"');
    const en = await t.app.inject({ method: "GET", url: "/lapor?lang=en" });
    expect(en.body).toContain("The service is not taking reports yet");
  });

  it("gives a sent form back with the same notice and stores nothing; with a unit made, the same form is stored once", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const key = newIdempotencyKey(t.ctx.cipher);
    const refused = await send(key);
    expect(refused.statusCode).toBe(503);
    expect(refused.body).toContain("layanan ini belum menerima laporan melalui formulir ini");
    expect(refused.body).not.toContain("gangguan pada sistem kami");
    expect(refused.body).toContain(`name="idempotencyKey" value="${key}"`);
    expect(refused.body).toContain("Anak sering dipukul &amp; dikunci di kamar.");
    expect(refused.body).toContain('class="sos big"');
    expect(await reports()).toBe(0);

    const unit = await makeUnit(t.ctx.database.db);
    const stored = await send(key);
    expect(stored.statusCode).toBe(200);
    expect(stored.body).toContain('id="tracking-code"');
    expect(await send(key).then((r) => r.statusCode)).toBe(200);
    expect(await reports()).toBe(1);
    later();
    const open = await t.app.inject({ method: "GET", url: "/lapor" });
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('name="idempotencyKey"');

    // The last unit deactivated: the next report cannot be routed, and the form says why.
    await t.ctx.database.db.update(units).set({ active: false }).where(eq(units.id, unit.id));
    const after = await send(newIdempotencyKey(t.ctx.cipher));
    expect(after.statusCode).toBe(503);
    expect(after.body).toContain("layanan ini belum menerima laporan melalui formulir ini");
    expect(await reports()).toBe(1);
    expect((await t.app.inject({ method: "GET", url: "/lapor" })).statusCode).toBe(503);
  });
});
