// A verification link made at the moment its complaint is closed (not a case, duplicate) never stays live on the closed complaint.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { Client } from "../helpers/client.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const ROUNDS = 24;

describe.each(DATABASES)("a link made while its complaint is closed, on %s", (kind) => {
  let t: TestApp;
  let unitId: string;
  let maker: Client;
  let closer: Client;
  let original: string;

  const signedIn = async () => {
    const u = await makeUser(t.ctx, t.ctx.database.db, { roles: [{ role: "intake_officer", unitId }] });
    const c = new Client(t.app);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const liveLinks = async (reportId: string) =>
    (
      (await t.ctx.database.db.execute(
        sql`SELECT count(*)::int AS n FROM verification_links WHERE report_id = ${reportId}
            AND outcome IS NULL AND used_at IS NULL AND expires_at > now() AND failed_attempts < 5`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]?.n;

  beforeAll(async () => {
    t = await startTestApp(kind);
    unitId = (await makeUnit(t.ctx.database.db)).id;
    maker = await signedIn();
    closer = await signedIn();
    original = (await makeReport(t.ctx, t.ctx.database.db, { unitId, status: "in_intake" })).id;
  });
  afterAll(() => t.close());

  /** A public page's request from an address of its own, so the per-address limits of the link pages never answer. */
  const fromAddress = (address: string, url: string, form: Record<string, string>) =>
    t.app.inject({
      method: "POST",
      url,
      remoteAddress: address,
      payload: new URLSearchParams(form).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

  it("create and close sent together, repeated: the link is refused, or made and then revoked by the close", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const reportId = (await makeReport(t.ctx, t.ctx.database.db, { unitId, status: "in_intake" })).id;
      // Every other round the complaint already has a live link, which the new one revokes and the close locks too.
      if (round % 2 === 1)
        expect((await maker.post(`/reports/${reportId}/verification-links`, { channel: "manual" })).status).toBe(201);
      const close =
        round % 4 < 2
          ? () => closer.post(`/reports/${reportId}/not-a-case`, { reason: "prank" })
          : () => closer.post(`/reports/${reportId}/duplicate`, { duplicateOfId: original });
      const [made, closed] = await Promise.all([
        maker.post(`/reports/${reportId}/verification-links`, { channel: "manual" }),
        close(),
      ]);
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      expect([201, 409], JSON.stringify(made.body)).toContain(made.status);
      expect(await liveLinks(reportId), `round ${round}: create ${made.status}`).toBe(0);
    }
  });

  it("a victim's confirmation and the close sent together, repeated: neither fails, the link ends used or revoked", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const reportId = (await makeReport(t.ctx, t.ctx.database.db, { unitId, status: "in_intake" })).id;
      const made = await maker.post(`/reports/${reportId}/verification-links`, { channel: "manual" });
      expect(made.status).toBe(201);
      const path = new URL(made.body.url).pathname;
      const address = `10.77.${round}.1`;
      const opened = await fromAddress(address, path, { code: made.body.code });
      const proof = /name="proof" value="([^"]+)"/.exec(opened.body)?.[1] ?? "";
      expect(proof).not.toBe("");
      // The confirmation locks its link, then writes the report; the close locks the report's links, then the report.
      const [confirmed, closed] = await Promise.all([
        fromAddress(address, `${path}/confirm`, { proof, action: "correct", name: "Sekar Ayu Lestari" }),
        round % 2 === 0
          ? closer.post(`/reports/${reportId}/not-a-case`, { reason: "prank" })
          : closer.post(`/reports/${reportId}/duplicate`, { duplicateOfId: original }),
      ]);
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      // 200: confirmed before the close; 404: the close revoked the link first. Never 503 (not stored).
      expect([200, 404], `round ${round}`).toContain(confirmed.statusCode);
      const state = (await maker.get(`/reports/${reportId}/verification-links`)).body[0].state;
      expect(state).toBe(confirmed.statusCode === 200 ? "used" : "revoked");
    }
  });
});
