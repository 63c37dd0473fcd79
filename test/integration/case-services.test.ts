// Assessment, service plan, interventions with their sessions and monitoring through the API: concurrency, who sees what,
// sealing at rest, overdue items, the sexual-violence police-report deadline, closed cases.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

describe.each(DATABASES)("case services on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let post: string;
  const u: Record<string, MadeUser> = {};
  const c: Record<string, Client> = {};
  let caseId = "";

  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (table: string) =>
    Number((await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]?.n);
  const submitted = async (over: Record<string, unknown> = {}) => {
    const created = await c.officer?.post("/reports", { ...WALK_IN, unitId: jember, postId: post, ...over });
    expect(created?.status).toBe(201);
    expect((await c.officer?.post(`/reports/${created?.body.id}/submit`, { version: 1 }))?.status).toBe(200);
    const [row] = await rows<{ id: string }>(sql`SELECT id FROM cases WHERE report_id = ${created?.body.id}`);
    return row?.id as string;
  };
  const approved = async (over: Record<string, unknown> = {}) => {
    const id = await submitted(over);
    const res = await c.supervisor?.post(`/cases/${id}/events`, { event: "approve", version: 1, caseManagerId: u.cm?.id });
    expect(res?.status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    const surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    post = (await makePost(db, jember)).id;
    const legalAid = (await makePartner(db, jember, { kind: "legal_aid" })).id;
    const specs: Record<string, UserSpec> = {
      officer: { roles: [{ role: "intake_officer", unitId: jember }] },
      supervisor: { roles: [{ role: "supervisor", unitId: jember }] },
      head: { roles: [{ role: "head", unitId: jember }] },
      cm: { roles: [{ role: "case_manager", unitId: jember }] },
      psych: { roles: [{ role: "service_provider", unitId: jember }], profession: "psikolog" },
      advocate: { roles: [{ role: "service_provider", unitId: jember }], profession: "advokat", partnerId: legalAid },
      idle: { roles: [{ role: "service_provider", unitId: jember }], profession: "konselor" },
      foreign: { roles: [{ role: "service_provider", unitId: surabaya }], profession: "psikolog" },
    };
    for (const [name, spec] of Object.entries(specs)) {
      u[name] = await makeUser(t.ctx, db, spec);
      c[name] = new Client(t.app, "en");
      expect((await c[name]?.signIn(u[name]?.username as string, u[name]?.password as string))?.status).toBe(200);
    }
    caseId = await approved();
  });
  afterAll(() => t.close());

  it("two officers edit one draft: the stale save gets 409 and overwrites nothing; finalising moves risk and review date", async () => {
    const cm = c.cm as Client;
    const sup = c.supervisor as Client;
    const draft = await cm.post(`/cases/${caseId}/assessments`, { sections: { psychological: "Cemas, sulit tidur" } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: "draft", version: 1, previousId: null });
    expect((await cm.post(`/cases/${caseId}/assessments`, {})).status).toBe(409);
    const id = draft.body.id as string;
    const first = await cm.put(`/assessments/${id}`, {
      version: 1,
      sections: { psychological: "Cemas, sulit tidur", safetyRisk: "Pelaku masih serumah" },
      riskLevel: "high",
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await sup.put(`/assessments/${id}`, { version: 1, sections: { legal: "Ditimpa" }, riskLevel: "low" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/Someone else/);
    const now = await cm.get(`/cases/${caseId}/assessments`);
    expect(now.body[0].sections).toMatchObject({ safetyRisk: "Pelaku masih serumah", legal: null });
    expect(now.body[0].riskLevel).toBe("high");
    const [stored] = await rows<{ sections_enc: string }>(sql`SELECT sections_enc FROM assessments WHERE id = ${id}`);
    expect(stored?.sections_enc).not.toContain("serumah");

    const before = (await cm.get(`/cases/${caseId}`)).body.nextReviewAt as string;
    expect((await cm.post(`/assessments/${id}/finalise`, { version: 1 })).status).toBe(409);
    const final = await cm.post(`/assessments/${id}/finalise`, { version: 2 });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ status: "final", version: 3 });
    const after = (await cm.get(`/cases/${caseId}`)).body;
    expect(after.riskLevel).toBe("high");
    expect(Date.parse(after.nextReviewAt) - Date.parse(before)).toBeLessThan(-50 * DAY);
    expect((await cm.put(`/assessments/${id}`, { version: 3, sections: {} })).status).toBe(409);
    const revisions = await cm.get(`/assessments/${id}/revisions`);
    expect(revisions.body.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);

    const racing = await Promise.all([
      cm.post(`/cases/${caseId}/assessments`, { sections: { legal: "Versi manajer kasus" } }),
      sup.post(`/cases/${caseId}/assessments`, { sections: { legal: "Versi supervisor" } }),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    const raced = racing.find((r) => r.status === 201)?.body as { id: string; sections: { legal: string } };
    const saves = await Promise.all([
      cm.put(`/assessments/${raced.id}`, { version: 1, sections: { legal: "Simpanan A" } }),
      sup.put(`/assessments/${raced.id}`, { version: 1, sections: { legal: "Simpanan B" } }),
    ]);
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = saves.find((r) => r.status === 200)?.body.sections.legal;
    const latest = (await cm.get(`/cases/${caseId}/assessments`)).body[0];
    expect(latest).toMatchObject({ id: raced.id, version: 2, sections: { legal: winner } });
    const rows2 = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM assessment_revisions WHERE assessment_id = ${raced.id}`,
    );
    expect(rows2[0]?.n).toBe(2);
    expect((await cm.post(`/assessments/${raced.id}/finalise`, { version: 2 })).status).toBe(400);
    await cm.put(`/assessments/${raced.id}`, { version: 2, sections: { legal: String(winner) }, riskLevel: "high" });
    expect((await cm.post(`/assessments/${raced.id}/finalise`, { version: 3 })).status).toBe(200);

    const again = await sup.post(`/cases/${caseId}/assessments`, {});
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ previousId: raced.id, riskLevel: "high" });
    expect(again.body.sections.legal).toBe(winner);
    expect((await c.head?.get(`/cases/${caseId}/assessments`))?.body).toHaveLength(3);
    expect((await c.head?.post(`/cases/${caseId}/assessments`, {}))?.status).toBe(403);
    expect((await c.psych?.get(`/cases/${caseId}/assessments`))?.status).toBe(403);
  });

  it("a plan with a psychologist and an advocate; each provider sees only their own work", async () => {
    const cm = c.cm as Client;
    const choices = await cm.get(`/cases/${caseId}/service-providers`);
    expect(choices.body.map((p: { id: string }) => p.id).sort()).toEqual([u.psych?.id, u.advocate?.id, u.idle?.id].sort());
    const wrongFit = await cm.put(`/cases/${caseId}/service-plan`, {
      version: 0,
      interventions: [{ serviceType: "legal_aid", providerId: u.psych?.id, targetDate: dayFromNow(30), goal: "Gugatan" }],
    });
    expect(wrongFit.status).toBe(400);
    expect(wrongFit.body.error.fields[0].path).toBe("interventions.0.providerId");
    const foreign = await cm.put(`/cases/${caseId}/service-plan`, {
      version: 0,
      interventions: [{ serviceType: "psychological_support", providerId: u.foreign?.id, targetDate: dayFromNow(30), goal: "x" }],
    });
    expect(foreign.status).toBe(400);
    const plan = await cm.put(`/cases/${caseId}/service-plan`, {
      version: 0,
      interventions: [
        { serviceType: "psychological_support", providerId: u.psych?.id, targetDate: dayFromNow(30), goal: "Pemulihan trauma" },
        { serviceType: "legal_aid", providerId: u.advocate?.id, targetDate: dayFromNow(-2), goal: "Laporan ke Polres" },
      ],
    });
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ version: 1, agreedAt: null });
    expect(plan.body.interventions).toHaveLength(2);
    expect((await cm.put(`/cases/${caseId}/service-plan`, { version: 0, interventions: [] })).status).toBe(409);
    const agreed = await cm.post(`/cases/${caseId}/service-plan/agree`, {
      version: 1,
      agreedVia: "in_person",
      agreedBy: "client",
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.agreedRecordedBy.id).toBe(u.cm?.id);
    const [goal] = await rows<{ goal_enc: string }>(sql`SELECT goal_enc FROM interventions WHERE case_id = ${caseId} LIMIT 1`);
    expect(goal?.goal_enc).not.toMatch(/Pemulihan|Polres/);

    const psych = c.psych as Client;
    const advocate = c.advocate as Client;
    const mine = await psych.get("/interventions/mine");
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({
      caseId,
      unitId: jember,
      serviceType: "psychological_support",
      goal: "Pemulihan trauma",
    });
    const psychId = mine.body[0].id as string;
    const advocateId = ((await advocate.get("/interventions/mine")).body[0] as { id: string }).id;
    expect(JSON.stringify(mine.body)).not.toMatch(/0812-1111-2222|memukul korban|Laporan ke Polres|3509014506900001/);

    const session = await psych.post(`/interventions/${psychId}/sessions`, {
      heldOn: dayFromNow(0),
      whatWasDone: "Konseling awal dengan teknik grounding",
      result: "Klien lebih tenang",
      followUp: "Sesi kedua minggu depan",
    });
    expect(session.status).toBe(201);
    expect((await psych.get(`/interventions/${psychId}`)).body).toMatchObject({ status: "in_progress", sessionCount: 1 });
    const [sealed] = await rows<Record<string, string>>(
      sql`SELECT done_enc, result_enc, follow_up_enc FROM intervention_sessions WHERE id = ${session.body.id}`,
    );
    expect(JSON.stringify(sealed)).not.toMatch(/grounding|tenang|minggu/);

    expect((await advocate.get(`/interventions/${psychId}`)).status).toBe(404);
    expect(
      (await advocate.post(`/interventions/${psychId}/sessions`, { heldOn: dayFromNow(0), whatWasDone: "x", result: "y" }))
        .status,
    ).toBe(404);
    expect((await advocate.patch(`/interventions/${psychId}`, { version: 2, status: "done" })).status).toBe(404);
    expect((await advocate.get(`/cases/${caseId}/service-plan`)).status).toBe(403);
    expect((await advocate.get(`/cases/${caseId}/monitoring`)).status).toBe(403);
    expect((await advocate.post(`/cases/${caseId}/identity`)).status).toBe(403);
    const seen = await advocate.get(`/cases/${caseId}`);
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toMatch(/grounding|0812-1111-2222|memukul korban|3509014506900001/);
    expect((await advocate.get(`/interventions/${advocateId}`)).body.sessions).toEqual([]);

    const byCm = await cm.get(`/interventions/${psychId}`);
    expect(byCm.body.sessions[0].whatWasDone).toBe("Konseling awal dengan teknik grounding");
    expect((await c.head?.get(`/interventions/${psychId}`))?.body.sessions).toHaveLength(1);
    expect(
      (
        await c.cm?.post(`/interventions/${advocateId}/sessions`, {
          heldOn: dayFromNow(0),
          whatWasDone: "Rapat",
          result: "Berkas siap",
        })
      )?.status,
    ).toBe(201);
    expect((await psych.patch(`/interventions/${psychId}`, { version: 2, status: "cancelled" })).status).toBe(409);
    expect((await psych.patch(`/interventions/${psychId}`, { version: 1, status: "done" })).status).toBe(409);
    const done = await psych.patch(`/interventions/${psychId}`, { version: 2, status: "done" });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("done");
  });

  it("session attachments: sealed, type checked against the bytes, opened only by the provider and the case's workers", async () => {
    const psych = c.psych as Client;
    const [mine] = (await psych.get("/interventions/mine")).body as { id: string }[];
    const sessionId = (await psych.get(`/interventions/${mine?.id}`)).body.sessions[0].id as string;
    const pdf = Buffer.from("%PDF-1.4\nsurat rujukan gambar sesi\n");
    const body = { fileName: "surat-rujukan.pdf", contentType: "application/pdf", contentBase64: pdf.toString("base64") };
    expect(
      (await psych.post(`/intervention-sessions/${sessionId}/attachments`, { ...body, contentType: "image/png" })).status,
    ).toBe(400);
    const tooBig = Buffer.alloc(181 * 1024, 1);
    expect(
      (await psych.post(`/intervention-sessions/${sessionId}/attachments`, { ...body, contentBase64: tooBig.toString("base64") }))
        .status,
    ).toBe(400);
    expect((await c.advocate?.post(`/intervention-sessions/${sessionId}/attachments`, body))?.status).toBe(404);
    const added = await psych.post(`/intervention-sessions/${sessionId}/attachments`, body);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ fileName: "surat-rujukan.pdf", sizeBytes: pdf.length });
    const [stored] = await rows<{ file_name_enc: string; content_enc: string }>(
      sql`SELECT file_name_enc, content_enc FROM intervention_session_attachments WHERE id = ${added.body.id}`,
    );
    expect(JSON.stringify(stored)).not.toMatch(/surat-rujukan|gambar/);
    expect(stored?.content_enc).not.toContain(pdf.toString("base64"));
    const path = `/intervention-sessions/${sessionId}/attachments/${added.body.id}`;
    const download = await c.cm?.request("GET", path);
    expect(download?.status).toBe(200);
    expect(download?.headers["content-type"]).toBe("application/pdf");
    expect(download?.body).toBe(pdf.toString("utf8"));
    expect((await c.advocate?.get(path))?.status).toBe(404);
    expect((await c.idle?.get(path))?.status).toBe(404);
    const [read] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'intervention.attachment_read' AND target_id = ${caseId}`,
    );
    expect(read?.n).toBe(1);
    const listed = (await c.cm?.get(`/interventions/${mine?.id}`))?.body.sessions[0].attachments;
    expect(listed).toEqual([expect.objectContaining({ id: added.body.id, contentType: "application/pdf" })]);
  });

  it("a provider without an intervention in the case gets 404 everywhere", async () => {
    const idle = c.idle as Client;
    expect((await idle.get("/interventions/mine")).body).toEqual([]);
    expect((await idle.get(`/cases/${caseId}`)).status).toBe(404);
    const [any] = await rows<{ id: string }>(sql`SELECT id FROM interventions WHERE case_id = ${caseId} LIMIT 1`);
    expect((await idle.get(`/interventions/${any?.id}`)).status).toBe(404);
    expect(
      (await idle.post(`/interventions/${any?.id}/sessions`, { heldOn: dayFromNow(0), whatWasDone: "x", result: "y" })).status,
    ).toBe(404);
    expect((await c.foreign?.get(`/interventions/${any?.id}`))?.status).toBe(404);
  });

  it("monitoring shows each intervention's state, the overdue one and the next review date", async () => {
    const m = await c.cm?.get(`/cases/${caseId}/monitoring`);
    expect(m?.status).toBe(200);
    const states = Object.fromEntries(
      m?.body.interventions.map((i: { serviceType: string; status: string }) => [i.serviceType, i]),
    );
    expect(states.psychological_support).toMatchObject({ status: "done", overdue: false });
    expect(states.legal_aid).toMatchObject({ status: "in_progress", overdue: true, sessionCount: 1 });
    expect(m?.body).toMatchObject({ overdueCount: 1, riskLevel: "high", policeReport: null, plan: { version: 1 } });
    expect(m?.body.nextReviewAt).toBeTruthy();
    expect(JSON.stringify(m?.body)).not.toContain("Laporan ke Polres");
  });

  it("a plan saved again drops never-started work, cancels work under way and needs agreement again", async () => {
    const cm = c.cm as Client;
    const current = (await cm.get(`/cases/${caseId}/service-plan`)).body;
    const psychItem = current.interventions.find((i: { serviceType: string }) => i.serviceType === "psychological_support");
    const moved = await cm.put(`/cases/${caseId}/service-plan`, {
      version: current.version,
      interventions: [
        { id: psychItem.id, serviceType: "psychological_support", providerId: u.idle?.id, targetDate: dayFromNow(5), goal: "x" },
      ],
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.code).toBeTruthy();
    const saved = await cm.put(`/cases/${caseId}/service-plan`, {
      version: current.version,
      interventions: [{ serviceType: "mediation", providerId: u.idle?.id, targetDate: dayFromNow(10), goal: "Mediasi keluarga" }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.agreedAt).toBeNull();
    const byType = Object.fromEntries(
      saved.body.interventions.map((i: { serviceType: string; status: string }) => [i.serviceType, i.status]),
    );
    expect(byType).toEqual({ psychological_support: "done", legal_aid: "cancelled", mediation: "planned" });
  });

  it("sexual violence: the police report is due 72 hours after the report, then met or waived with a reason", async () => {
    const sv = await approved({ violenceTypes: ["sexual"] });
    const [report] = await rows<{ created_at: string }>(
      sql`SELECT r.created_at FROM reports r JOIN cases c ON c.report_id = r.id WHERE c.id = ${sv}`,
    );
    const m = await c.cm?.get(`/cases/${sv}/monitoring`);
    expect(m?.body.policeReport.state).toBe("pending");
    expect(Date.parse(m?.body.policeReport.dueAt) - Date.parse(String(report?.created_at))).toBe(72 * 3_600_000);
    expect((await c.cm?.post(`/cases/${sv}/police-report/waive`, {}))?.status).toBe(400);
    const met = await c.cm?.post(`/cases/${sv}/police-report/meet`, { reference: "LP/B/123/XI/2026" });
    expect(met?.status).toBe(200);
    expect(met?.body).toMatchObject({ state: "met", reference: "LP/B/123/XI/2026" });
    expect((await c.cm?.post(`/cases/${sv}/police-report/waive`, { reason: "Korban menolak" }))?.status).toBe(409);

    const late = await approved({ violenceTypes: ["sexual", "physical"] });
    await t.ctx.database.db.execute(
      sql`UPDATE reports SET created_at = now() - interval '80 hours' WHERE id = (SELECT report_id FROM cases WHERE id = ${late})`,
    );
    expect((await c.cm?.get(`/cases/${late}/monitoring`))?.body.policeReport.state).toBe("overdue");
    const waived = await c.supervisor?.post(`/cases/${late}/police-report/waive`, { reason: "Korban dewasa menolak melapor" });
    expect(waived?.body).toMatchObject({ state: "waived", waiveReason: "Korban dewasa menolak melapor" });
    const [row] = await rows<{ waive_reason_enc: string }>(
      sql`SELECT waive_reason_enc FROM police_report_deadlines WHERE case_id = ${late}`,
    );
    expect(row?.waive_reason_enc).not.toContain("menolak");
    expect((await c.cm?.post(`/cases/${caseId}/police-report/meet`, {}))?.status).toBe(409);
    const timeline = (await c.cm?.get(`/cases/${late}`))?.body.timeline as { event: string; details: object }[];
    expect(timeline.map((e) => e.event)).toContain("police_report_waived");
    expect(JSON.stringify(timeline)).not.toContain("menolak");
  });

  it("every command left its audit event and timeline row, with ids and codes only", async () => {
    const audits = await rows<{ action: string; details: object }>(
      sql`SELECT action, details FROM audit_events WHERE target_id = ${caseId} ORDER BY seq`,
    );
    const actions = new Set(audits.map((a) => a.action));
    for (const action of [
      "assessment.created",
      "assessment.saved",
      "assessment.finalised",
      "service_plan.saved",
      "service_plan.agreed",
      "intervention.session_recorded",
      "intervention.status_changed",
      "intervention.attachment_added",
      "intervention.attachment_read",
    ]) {
      expect(actions, action).toContain(action);
    }
    const timeline = (await c.cm?.get(`/cases/${caseId}`))?.body.timeline as { event: string }[];
    expect(timeline.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        "assessment_started",
        "assessment_finalised",
        "service_plan_agreed",
        "intervention_session_recorded",
      ]),
    );
    const everything = JSON.stringify([audits, timeline]);
    expect(everything).not.toMatch(/serumah|Pemulihan|grounding|tenang|Mediasi|surat-rujukan|Berkas siap/i);
  });

  it("commands on a closed case are refused with a translated 409 and write nothing", async () => {
    const id = await submitted({ violenceTypes: ["sexual"] });
    const rejected = await c.supervisor?.post(`/cases/${id}/events`, { event: "reject", version: 1, reason: "outside_criteria" });
    expect(rejected?.status).toBe(200);
    const sup = c.supervisor as Client;
    const before = await Promise.all(["assessments", "service_plans", "police_report_deadlines", "audit_events"].map(count));
    const refused = [
      await sup.post(`/cases/${id}/assessments`, {}),
      await sup.put(`/cases/${id}/service-plan`, { version: 0, interventions: [] }),
      await sup.post(`/cases/${id}/police-report/meet`, {}),
    ];
    for (const res of refused) {
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/case/i);
    }
    expect(await Promise.all(["assessments", "service_plans", "police_report_deadlines", "audit_events"].map(count))).toEqual(
      before,
    );
  });
});
