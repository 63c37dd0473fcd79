// Live case events: the supervisor's stream sees the unit's queue move; the assigned case manager is told at once;
// nobody else's stream carries the case; events hold ids and statuses only.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePost, makeUnit, makeUser } from "../../src/demo/factories.js";
import type { AppContext } from "../../src/platform/http/context.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { Client } from "../helpers/client.js";
import { openEventStream } from "../helpers/event-stream.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { createTestDatabase, DATABASES, type TestDatabase, testCipher } from "../helpers/test-app.js";

/** GET /api/v1/cases/stream of the in-process app, with the client's cookies. */
function openCaseStream(app: FastifyInstance, client: Client) {
  const { port } = app.server.address() as { port: number };
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return openEventStream(`http://127.0.0.1:${port}`, "/api/v1/cases/stream", cookie);
}

describe.each(DATABASES)("live case events on %s", (kind) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let ctx: AppContext;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    ctx = { config: loadConfig({}, { scryptCost: 1024, logLevel: "silent" }), database: db.database, cipher: testCipher() };
    app = await buildApp(ctx, { logger: false });
    await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const signedIn = async (u: MadeUser) => {
    const c = new Client(app);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };

  it("submission and approval reach the supervisor; the assignment reaches only the new case manager", async () => {
    const d = ctx.database.db;
    const unit = (await makeUnit(d)).id;
    const other = (await makeUnit(d, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    const post = (await makePost(d, unit)).id;
    const officer = await signedIn(await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: unit }] }));
    const supervisor = await signedIn(await makeUser(ctx, d, { roles: [{ role: "supervisor", unitId: unit }] }));
    const cmUser = await makeUser(ctx, d, { roles: [{ role: "case_manager", unitId: unit }] });
    const cm = await signedIn(cmUser);
    const colleague = await signedIn(await makeUser(ctx, d, { roles: [{ role: "case_manager", unitId: unit }] }));
    const foreign = await signedIn(await makeUser(ctx, d, { roles: [{ role: "supervisor", unitId: other }] }));
    const streams = {
      supervisor: await openCaseStream(app, supervisor),
      cm: await openCaseStream(app, cm),
      colleague: await openCaseStream(app, colleague),
      foreign: await openCaseStream(app, foreign),
    };
    try {
      const created = await officer.post("/reports", { ...WALK_IN, unitId: unit, postId: post });
      await officer.post(`/reports/${created.body.id}/submit`, { version: 1 });
      const queued = await streams.supervisor.waitFor((e) => e.event === "case.changed");
      expect(queued.data).toEqual({
        type: "case.changed",
        unitId: unit,
        id: expect.any(String),
        data: { status: "awaiting_approval" },
      });
      const caseId = queued.data.id;
      const approved = await supervisor.post(`/cases/${caseId}/events`, {
        event: "approve",
        version: 1,
        caseManagerId: cmUser.id,
      });
      expect(approved.status).toBe(200);
      const assigned = await streams.cm.waitFor((e) => e.event === "case.assigned");
      expect(assigned.data).toEqual({ type: "case.assigned", unitId: unit, id: caseId, data: { caseManagerId: cmUser.id } });
      await streams.cm.waitFor((e) => e.event === "case.changed" && e.data.data.status === "open");
      await streams.supervisor.waitFor((e) => e.event === "case.changed" && e.data.data.status === "open");
      // The colleague's stream is still open: a later note on the case is the last event; by then nothing else arrived.
      await cm.post(`/cases/${caseId}/notes`, { content: "Klien aman" });
      await streams.supervisor.waitFor((e) => e.event === "case.note_added");
      await streams.cm.waitFor((e) => e.event === "case.note_added");
      expect(streams.colleague.seen()).toEqual([]);
      expect(streams.foreign.seen()).toEqual([]);
      for (const s of Object.values(streams)) {
        expect(s.raw()).not.toContain("Dewi");
        expect(s.raw()).not.toContain("Klien aman");
      }
    } finally {
      for (const s of Object.values(streams)) s.close();
    }
  });

  it("an intervention reaches its provider's stream and no other provider's; the provider's work reaches the case manager", async () => {
    const d = ctx.database.db;
    // Its own region: register numbers are per region and year, and the first test already numbered Jember's first case.
    const unit = (await makeUnit(d, { name: "UPTD PPA Kabupaten Banyuwangi", regionCode: "3510" })).id;
    const post = (await makePost(d, unit)).id;
    const officer = await signedIn(await makeUser(ctx, d, { roles: [{ role: "intake_officer", unitId: unit }] }));
    const supervisor = await signedIn(await makeUser(ctx, d, { roles: [{ role: "supervisor", unitId: unit }] }));
    const cmUser = await makeUser(ctx, d, { roles: [{ role: "case_manager", unitId: unit }] });
    const cm = await signedIn(cmUser);
    const provider = { roles: [{ role: "service_provider" as const, unitId: unit }] };
    const psychUser = await makeUser(ctx, d, { ...provider, profession: "psikolog" });
    const psych = await signedIn(psychUser);
    const counsellor = await signedIn(await makeUser(ctx, d, { ...provider, profession: "konselor" }));
    const created = await officer.post("/reports", { ...WALK_IN, unitId: unit, postId: post });
    await officer.post(`/reports/${created.body.id}/submit`, { version: 1 });
    const queue = await supervisor.get("/cases/approval-queue");
    const caseId = (queue.body as { id: string; reportId: string }[]).find((c) => c.reportId === created.body.id)?.id;
    const approval = await supervisor.post(`/cases/${caseId}/events`, { event: "approve", version: 1, caseManagerId: cmUser.id });
    expect(approval.status, JSON.stringify(approval.body)).toBe(200);
    const streams = {
      cm: await openCaseStream(app, cm),
      psych: await openCaseStream(app, psych),
      counsellor: await openCaseStream(app, counsellor),
    };
    try {
      const plan = await cm.put(`/cases/${caseId}/service-plan`, {
        version: 0,
        interventions: [
          { serviceType: "psychological_support", providerId: psychUser.id, targetDate: "2099-01-31", goal: "Pemulihan trauma" },
        ],
      });
      expect(plan.status).toBe(200);
      const told = await streams.psych.waitFor((e) => e.event === "case.intervention_assigned");
      expect(told.data).toEqual({
        type: "case.intervention_assigned",
        unitId: unit,
        id: caseId,
        data: { providerId: psychUser.id },
      });
      // The services tabs of the case manager refresh on each step: the plan saved, then the provider's work.
      await streams.cm.waitFor((e) => e.event === "case.changed" && e.data.data.step === "service_plan_saved");
      const item = plan.body.interventions[0] as { id: string };
      expect((await psych.patch(`/interventions/${item.id}`, { status: "in_progress", version: 1 })).status).toBe(200);
      const started = await streams.cm.waitFor(
        (e) => e.event === "case.changed" && e.data.data.step === "intervention_status_changed",
      );
      expect(started.data).toEqual({
        type: "case.changed",
        unitId: unit,
        id: caseId,
        data: { status: "open", caseManagerId: cmUser.id, step: "intervention_status_changed" },
      });
      // The case manager cancels the intervention: the provider's worklist is told (ids only), the other provider not.
      expect((await cm.patch(`/interventions/${item.id}`, { status: "cancelled", version: 2 })).status).toBe(200);
      const cancelled = await streams.psych.waitFor((e) => e.event === "case.intervention_changed");
      expect(cancelled.data).toEqual({
        type: "case.intervention_changed",
        unitId: unit,
        id: caseId,
        data: { providerId: psychUser.id },
      });
      await streams.cm.waitFor(
        (e) => e.event === "case.changed" && e.data.data.step === "intervention_status_changed" && e !== started,
      );
      // By the time the case manager has the last event, nothing reached the other provider.
      expect(streams.counsellor.seen()).toEqual([]);
      expect(streams.psych.seen().map((e) => e.event)).toEqual(["case.intervention_assigned", "case.intervention_changed"]);
      for (const s of Object.values(streams)) expect(s.raw()).not.toContain("Pemulihan");
    } finally {
      for (const s of Object.values(streams)) s.close();
    }
  });

  it("the case stream is refused without an event-stream Accept header (406) and to roles without case access (403)", async () => {
    const d = ctx.database.db;
    const unit = (await makeUnit(d)).id;
    const cm = await signedIn(await makeUser(ctx, d, { roles: [{ role: "case_manager", unitId: unit }] }));
    expect((await cm.get("/cases/stream")).status).toBe(406);
    const dataTeam = await signedIn(await makeUser(ctx, d, { roles: [{ role: "data_team", unitId: unit }] }));
    expect((await dataTeam.request("GET", "/cases/stream", undefined, { accept: "text/event-stream" })).status).toBe(403);
  });
});
