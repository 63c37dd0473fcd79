// Case management from approval to termination through the API: the queue, caseloads, approval and numbering,
// rejection, separation of duties, stale versions, termination, reopening, timeline, audit, sealed notes, identity.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MadeUser, makePartner, makePost, makeUnit, makeUser, type UserSpec } from "../../src/demo/factories.js";
import { nextRegisterNumber, yearIn } from "../../src/modules/cases/register-number.js";
import { Client } from "../helpers/client.js";
import { WALK_IN } from "../helpers/intake-body.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

describe.each(DATABASES)("case management on %s", (kind) => {
  let t: TestApp;
  let jember: string;
  let surabaya: string;
  let post: string;
  let partner: string;
  let foreignPartner: string;
  let officerUser: MadeUser;
  let supervisorUser: MadeUser;
  let cm1User: MadeUser;
  let cm2User: MadeUser;
  let officer: Client;
  let supervisor: Client;
  let head: Client;
  let cm1: Client;
  let cm2: Client;
  let outsider: Client;
  let foreignCm: MadeUser;
  let disabledCm: MadeUser;
  const year = yearIn("Asia/Jakarta", new Date());

  const staff = (roles: UserSpec["roles"]) => makeUser(t.ctx, t.ctx.database.db, { roles });
  const signedIn = async (u: MadeUser, lang: "id" | "en" = "id") => {
    const c = new Client(t.app, lang);
    expect((await c.signIn(u.username, u.password)).status).toBe(200);
    return c;
  };
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const audits = (targetId: string) =>
    rows<{ action: string; actor_id: string; details: Record<string, unknown> }>(
      sql`SELECT action, actor_id, details FROM audit_events WHERE target_id = ${targetId} ORDER BY seq`,
    );

  /** A walk-in complaint entered and submitted for approval by `by`; returns the case's id. */
  const submitted = async (by: Client, over: Record<string, unknown> = {}) => {
    const created = await by.post("/reports", { ...WALK_IN, unitId: jember, postId: post, ...over });
    expect(created.status).toBe(201);
    expect((await by.post(`/reports/${created.body.id}/submit`, { version: 1 })).status).toBe(200);
    const [row] = await rows<{ id: string }>(sql`SELECT id FROM cases WHERE report_id = ${created.body.id}`);
    return row?.id as string;
  };
  const send = async (c: Client, id: string, body: Record<string, unknown>) => {
    const version = (await rows<{ version: number }>(sql`SELECT version FROM cases WHERE id = ${id}`))[0]?.version;
    return c.post(`/cases/${id}/events`, { version, ...body });
  };
  const approved = async (caseManager: MadeUser, over: Record<string, unknown> = {}) => {
    const id = await submitted(officer, over);
    const res = await send(supervisor, id, { event: "approve", caseManagerId: caseManager.id });
    expect(res.status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.ctx.database.db;
    jember = (await makeUnit(db)).id;
    surabaya = (await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" })).id;
    post = (await makePost(db, jember)).id;
    partner = (await makePartner(db, jember)).id;
    foreignPartner = (await makePartner(db, surabaya)).id;
    officerUser = await staff([{ role: "intake_officer", unitId: jember }]);
    supervisorUser = await staff([{ role: "supervisor", unitId: jember }]);
    cm1User = await staff([{ role: "case_manager", unitId: jember }]);
    cm2User = await staff([{ role: "case_manager", unitId: jember }]);
    foreignCm = await staff([{ role: "case_manager", unitId: surabaya }]);
    disabledCm = await staff([{ role: "case_manager", unitId: jember }]);
    await db.execute(sql`UPDATE users SET disabled = true WHERE id = ${disabledCm.id}`);
    officer = await signedIn(officerUser);
    supervisor = await signedIn(supervisorUser);
    head = await signedIn(await staff([{ role: "head", unitId: jember }]));
    cm1 = await signedIn(cm1User);
    cm2 = await signedIn(cm2User);
    outsider = await signedIn(await staff([{ role: "supervisor", unitId: surabaya }]));
  });
  afterAll(() => t.close());

  it("submitting a complaint opens its case awaiting approval, queued for the supervisor with facts and no identity", async () => {
    const id = await submitted(officer, { inDanger: true, riskLevel: "high" });
    const queue = await supervisor.get("/cases/approval-queue");
    expect(queue.status).toBe(200);
    const item = queue.body.find((c: { id: string }) => c.id === id);
    const [report] = await rows<{ tracking_code: string }>(
      sql`SELECT r.tracking_code FROM reports r JOIN cases c ON c.report_id = r.id WHERE c.id = ${id}`,
    );
    expect(report?.tracking_code).toMatch(/^TDH-/);
    expect(item).toMatchObject({
      status: "awaiting_approval",
      registerNumber: null,
      trackingCode: report?.tracking_code, // what tells the unnumbered rows apart
      category: "woman",
      violenceTypes: ["physical", "psychological"],
      riskLevel: "high",
      inDanger: true,
      caseManager: null,
      submittedBy: { id: officerUser.id },
      unitId: jember,
    });
    expect(queue.body[0].id).toBe(id); // in danger first
    expect(JSON.stringify(queue.body)).not.toContain("Lestari"); // the victim, Dewi Lestari (staff names are random and may hold "Dewi")
    expect(JSON.stringify(queue.body)).not.toContain("3509014506900001");
    expect((await outsider.get("/cases/approval-queue")).body).toEqual([]);
    const detail = await supervisor.get(`/cases/${id}`);
    expect(detail.body.timeline.map((e: { event: string }) => e.event)).toEqual(["submit"]);
    expect(detail.body.allowedEvents).toEqual(["approve", "reject"]);
    expect((await audits(id)).map((a) => a.action)).toEqual(["case.opened_for_approval"]);
  });

  it("the intake queue keeps a complaint sent for approval until the supervisor decides its case", async () => {
    const reportOf = async (caseId: string) =>
      (await rows<{ report_id: string }>(sql`SELECT report_id FROM cases WHERE id = ${caseId}`))[0]?.report_id as string;
    const pending = await reportOf(await submitted(officer));
    const accepted = await reportOf(await approved(cm1User));
    const rejectedCase = await submitted(officer);
    expect((await send(supervisor, rejectedCase, { event: "reject", reason: "outside_criteria" })).status).toBe(200);
    const rejected = await reportOf(rejectedCase);
    const ids = async (path: string) => {
      const res = await officer.get(path);
      expect(res.status).toBe(200);
      return res.body.items.map((i: { id: string }) => i.id) as string[];
    };
    for (const path of ["/reports?pageSize=100", "/reports?status=awaiting_approval&pageSize=100"]) {
      const listed = await ids(path);
      expect(listed).toContain(pending);
      expect(listed).not.toContain(accepted);
      expect(listed).not.toContain(rejected);
    }
    // Still the complaint's own status: its page shows the decision.
    expect((await officer.get(`/reports/${accepted}`)).body.status).toBe("awaiting_approval");
  });

  it("the caseload lists the unit's active case managers with their cases in hand", async () => {
    const before = await supervisor.get(`/units/${jember}/case-managers`);
    expect(before.status).toBe(200);
    const ids = before.body.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([cm1User.id, cm2User.id]));
    expect(ids).not.toContain(disabledCm.id);
    expect(ids).not.toContain(foreignCm.id);
    const load = (body: { id: string; activeCases: number }[]) => body.find((m) => m.id === cm2User.id)?.activeCases;
    const start = load(before.body) as number;
    await approved(cm2User, { riskLevel: "high" });
    const after = await supervisor.get(`/units/${jember}/case-managers`);
    expect(load(after.body)).toBe(start + 1);
    expect(after.body.find((m: { id: string }) => m.id === cm2User.id).highRiskCases).toBeGreaterThanOrEqual(1);
    expect((await outsider.get(`/units/${jember}/case-managers`)).status).toBe(404);
    expect((await cm1.get(`/units/${jember}/case-managers`)).status).toBe(403);
  });

  it("approval assigns an active case manager of the unit and numbers the case in the unit's yearly series", async () => {
    const first = await submitted(officer);
    const second = await submitted(officer);
    const missing = await send(supervisor, first, { event: "approve" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([{ path: "caseManagerId", message: expect.stringContaining("manajer kasus") }]);
    for (const wrong of [foreignCm.id, disabledCm.id, officerUser.id]) {
      const res = await send(supervisor, first, { event: "approve", caseManagerId: wrong });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe("caseManagerId");
    }
    const numbers = await rows<{ n: string }>(sql`SELECT register_number AS n FROM cases WHERE register_number IS NOT NULL`);
    const a = await send(supervisor, first, { event: "approve", caseManagerId: cm1User.id });
    const b = await send(supervisor, second, { event: "approve", caseManagerId: cm1User.id });
    const seq = (n: number) => `PPA-3509-${year}-${String(n).padStart(5, "0")}`;
    expect(a.body).toMatchObject({ status: "open", registerNumber: seq(numbers.length + 1), caseManager: { id: cm1User.id } });
    expect(b.body.registerNumber).toBe(seq(numbers.length + 2));
    expect(a.body.allowedEvents).toEqual(["reassign_case_manager"]);
    expect((await cm1.get(`/cases/${first}`)).body.allowedEvents).toEqual(["request_termination"]);
    expect(a.body.timeline.map((e: { event: string; toStatus: string }) => [e.event, e.toStatus])).toEqual([
      ["submit", "awaiting_approval"],
      ["approve", "open"],
    ]);
    expect(a.body.timeline[1].details).toEqual({ caseManagerId: cm1User.id, registerNumber: seq(numbers.length + 1) });
    const audit = (await audits(first)).at(-1);
    expect(audit).toMatchObject({ action: "case.approved", actor_id: supervisorUser.id });
    expect(audit?.details).toMatchObject({ from: "awaiting_approval", to: "open", caseManagerId: cm1User.id });
    const mine = await cm1.get("/cases?mine=true");
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([first, second]));
    const [counter] = await rows<{ last_number: number }>(
      sql`SELECT last_number FROM case_register_counters WHERE unit_id = ${jember} AND year = ${year}`,
    );
    expect(counter?.last_number).toBe(numbers.length + 2);
  });

  it("approvals in parallel get distinct consecutive register numbers", async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await submitted(officer));
    const before = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM cases WHERE register_number IS NOT NULL`))[0]
      ?.n as number;
    const results = await Promise.all(
      ids.map((id) => supervisor.post(`/cases/${id}/events`, { event: "approve", version: 1, caseManagerId: cm2User.id })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const got = results.map((r) => Number(String(r.body.registerNumber).slice(-5))).sort((x, y) => x - y);
    expect(got).toEqual([before + 1, before + 2, before + 3, before + 4]);
  });

  it("each unit has its own series, and each year starts again at 00001", async () => {
    const db = t.ctx.database.db;
    expect(await nextRegisterNumber(db, surabaya, new Date())).toBe(`PPA-3578-${year}-00001`);
    expect(await nextRegisterNumber(db, jember, new Date("2031-03-01T00:00:00Z"))).toBe("PPA-3509-2031-00001");
    expect(await nextRegisterNumber(db, jember, new Date("2031-07-01T00:00:00Z"))).toBe("PPA-3509-2031-00002");
  });

  it("the one who submitted a complaint cannot approve or reject it", async () => {
    const both = await staff([
      { role: "supervisor", unitId: jember },
      { role: "intake_officer", unitId: jember },
    ]);
    const self = await signedIn(both);
    const id = await submitted(self);
    expect((await self.get(`/cases/${id}`)).body.allowedEvents).toEqual([]);
    const res = await send(self, id, { event: "approve", caseManagerId: cm1User.id });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("case.same_person");
    expect((await send(self, id, { event: "reject", reason: "outside_criteria" })).status).toBe(403);
    expect((await send(supervisor, id, { event: "approve", caseManagerId: cm1User.id })).status).toBe(200);
    const rejected = await submitted(self);
    expect((await send(supervisor, rejected, { event: "reject", reason: "outside_criteria" })).status).toBe(200);
    const reopen = await send(self, rejected, { event: "reopen", reason: "Saya setuju saja", caseManagerId: cm1User.id });
    expect(reopen.status).toBe(403);
    expect(reopen.body.error.code).toBe("case.same_person");
  });

  it("rejection needs a listed reason and may suggest a partner of the unit -> closed, without a register number", async () => {
    const id = await submitted(officer);
    expect((await send(supervisor, id, { event: "reject" })).body.error.fields[0].path).toBe("reason");
    const unknown = await send(supervisor, id, { event: "reject", reason: "because" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("case.reason_invalid");
    const foreign = await send(supervisor, id, {
      event: "reject",
      reason: "referred_elsewhere",
      referralPartnerId: foreignPartner,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].path).toBe("referralPartnerId");
    const res = await send(supervisor, id, {
      event: "reject",
      reason: "referred_elsewhere",
      referralPartnerId: partner,
      comment: "Dirujuk ke Unit PPA Polres",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "closed",
      closeReason: "referred_elsewhere",
      referralPartnerId: partner,
      registerNumber: null,
      caseManager: null,
      allowedEvents: ["reopen"],
    });
    expect(res.body.timeline.at(-1)).toMatchObject({ event: "reject", comment: "Dirujuk ke Unit PPA Polres" });
    const [stored] = await rows<{ comment_enc: string }>(
      sql`SELECT comment_enc FROM case_events WHERE case_id = ${id} AND event = 'reject'`,
    );
    expect(stored?.comment_enc).not.toContain("Polres");
    expect((await audits(id)).at(-1)).toMatchObject({ action: "case.rejected", details: { reason: "referred_elsewhere" } });
  });

  it("a stale version or an event the status does not allow is refused with 409, translated, and changes nothing", async () => {
    const id = await submitted(officer);
    const en = await signedIn(supervisorUser, "en");
    const stale = await en.post(`/cases/${id}/events`, { event: "approve", version: 7, caseManagerId: cm1User.id });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe("Someone else just changed this case. Reload and try again.");
    const wrong = await send(en, id, { event: "approve_termination" });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.message).toBe("This action does not apply to the case's current status.");
    const missing = await send(en, id, { event: "approve" });
    expect(missing.body.error.message).toBe("Fill in the case manager for this action.");
    const [row] = await rows<{ status: string; version: number }>(sql`SELECT status, version FROM cases WHERE id = ${id}`);
    expect(row).toEqual({ status: "awaiting_approval", version: 1 });
    expect((await audits(id)).map((a) => a.action)).toEqual(["case.opened_for_approval"]);
  });

  it("termination: the case manager asks with a reason, the supervisor sends it back with a comment, then approves", async () => {
    const id = await approved(cm1User);
    expect((await send(cm1, id, { event: "request_termination" })).body.error.fields[0].path).toBe("reason");
    expect((await send(cm1, id, { event: "request_termination", reason: "bored" })).body.error.code).toBe("case.reason_invalid");
    expect((await send(cm2, id, { event: "request_termination", reason: "goals_met" })).status).toBe(404); // not cm2's case
    expect((await send(supervisor, id, { event: "request_termination", reason: "goals_met" })).status).toBe(403);
    const asked = await send(cm1, id, { event: "request_termination", reason: "goals_met" });
    expect(asked.body).toMatchObject({ status: "termination_requested", terminationReason: "goals_met", allowedEvents: [] });
    expect((await supervisor.get(`/cases/${id}`)).body.allowedEvents).toEqual(["send_back_termination", "approve_termination"]);
    expect((await send(supervisor, id, { event: "send_back_termination" })).body.error.fields[0].path).toBe("comment");
    const back = await send(supervisor, id, { event: "send_back_termination", comment: "Asesmen psikologis belum selesai" });
    expect(back.body).toMatchObject({ status: "open", terminationReason: null });
    await send(cm1, id, { event: "request_termination", reason: "client_wish" });
    const ok = await send(supervisor, id, { event: "approve_termination" });
    expect(ok.body).toMatchObject({ status: "termination_approved", terminationReason: "client_wish" });
    expect((await cm1.get(`/cases/${id}`)).body.allowedEvents).toEqual(["complete_termination"]);
    const complete = await send(cm1, id, { event: "complete_termination" });
    expect(complete.status).toBe(400);
    expect(complete.body.error.fields[0].path).toBe("terminationForm");
    expect((await audits(id)).map((a) => a.action)).toEqual([
      "case.opened_for_approval",
      "case.approved",
      "case.termination_requested",
      "case.termination_sent_back",
      "case.termination_requested",
      "case.termination_approved",
    ]);
    const timeline = (await supervisor.get(`/cases/${id}`)).body.timeline;
    expect(timeline.find((e: { event: string }) => e.event === "send_back_termination").comment).toBe(
      "Asesmen psikologis belum selesai",
    );
  });

  it("reassigning moves the case to another case manager; the former one no longer sees it", async () => {
    const id = await approved(cm1User);
    expect((await send(supervisor, id, { event: "reassign_case_manager", caseManagerId: cm1User.id })).status).toBe(400);
    const res = await send(supervisor, id, { event: "reassign_case_manager", caseManagerId: cm2User.id });
    expect(res.body).toMatchObject({ status: "open", caseManager: { id: cm2User.id } });
    expect(res.body.timeline.at(-1).details).toEqual({ caseManagerId: cm2User.id, previousCaseManagerId: cm1User.id });
    expect((await cm1.get(`/cases/${id}`)).status).toBe(404);
    expect((await cm2.get(`/cases/${id}`)).status).toBe(200);
  });

  it("a supervisor reopens a closed case with a reason and a case manager; it then gets its register number", async () => {
    const id = await submitted(officer);
    await send(supervisor, id, { event: "reject", reason: "insufficient_information" });
    expect((await send(supervisor, id, { event: "reopen", caseManagerId: cm1User.id })).body.error.fields[0].path).toBe("reason");
    const res = await send(supervisor, id, {
      event: "reopen",
      reason: "Korban datang lagi dengan bukti",
      caseManagerId: cm1User.id,
    });
    expect(res.body).toMatchObject({ status: "open", closeReason: null, closedAt: null, caseManager: { id: cm1User.id } });
    expect(res.body.registerNumber).toMatch(new RegExp(`^PPA-3509-${year}-\\d{5}$`));
    expect(res.body.timeline.at(-1)).toMatchObject({ event: "reopen", comment: "Korban datang lagi dengan bukti" });
    expect((await audits(id)).at(-1)?.action).toBe("case.reopened");
  });

  it("the board shows the unit's stages with counts and high-risk marks; closed cases are counted, not listed", async () => {
    const board = await head.get("/cases/board");
    expect(board.status).toBe(200);
    const [counts] = await rows<{ n: number; high: number }>(
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE risk_level = 'high')::int AS high FROM cases WHERE unit_id = ${jember}`,
    );
    const columns = board.body.columns as { status: string; count: number; highRisk: number }[];
    expect(columns.map((c) => c.status)).toEqual([
      "awaiting_approval",
      "open",
      "termination_requested",
      "termination_approved",
      "closed",
    ]);
    expect(columns.reduce((s, c) => s + c.count, 0)).toBe(counts?.n);
    expect(columns.reduce((s, c) => s + c.highRisk, 0)).toBe(counts?.high);
    expect(columns.find((c) => c.status === "closed")?.count).toBeGreaterThan(0);
    expect(board.body.items.every((c: { status: string }) => c.status !== "closed")).toBe(true);
    expect(board.body.items[0].riskLevel).toBe("high");
    const foreign = await outsider.get("/cases/board");
    expect(foreign.body.columns.every((c: { count: number }) => c.count === 0)).toBe(true);
    expect((await outsider.get(`/cases/board?unitId=${jember}`)).status).toBe(404);
  });

  it("notes are sealed at rest, read by those who may, written by the case manager and supervisors", async () => {
    const id = await approved(cm1User);
    const note = await cm1.post(`/cases/${id}/notes`, { content: "Klien tinggal sementara di rumah kakaknya" });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ author: { id: cm1User.id }, content: "Klien tinggal sementara di rumah kakaknya" });
    const [stored] = await rows<{ content_enc: string }>(sql`SELECT content_enc FROM case_notes WHERE id = ${note.body.id}`);
    expect(stored?.content_enc).not.toContain("kakaknya");
    expect((await head.get(`/cases/${id}/notes`)).body.map((n: { content: string }) => n.content)).toEqual([
      "Klien tinggal sementara di rumah kakaknya",
    ]);
    expect((await supervisor.post(`/cases/${id}/notes`, { content: "Dipantau" })).status).toBe(201);
    expect((await head.post(`/cases/${id}/notes`, { content: "x" })).status).toBe(403);
    expect((await officer.get(`/cases/${id}/notes`)).status).toBe(403);
    expect((await cm2.get(`/cases/${id}/notes`)).status).toBe(404);
    expect((await outsider.get(`/cases/${id}/notes`)).status).toBe(404);
    expect((await cm1.post(`/cases/${id}/notes`, { content: "   " })).status).toBe(400);
    const added = (await audits(id)).filter((a) => a.action === "case.note_added");
    expect(added).toHaveLength(2);
    expect(JSON.stringify(added)).not.toContain("kakaknya");
  });

  it("a child's identity is revealed to the case manager, supervisor and head only, and every reveal is audited", async () => {
    const id = await approved(cm1User, {
      category: "child",
      victimName: "Anak Rahasia",
      victimBirthDate: "2013-04-17",
      victimNik: "3509015704130001",
      victimMaritalStatus: "unmarried",
      victimOccupation: "student",
      victimEducation: "junior_high",
      reporterRelation: "family",
      perpetratorRelationship: "neighbour",
    });
    expect(JSON.stringify((await cm1.get(`/cases/${id}`)).body)).not.toContain("Anak Rahasia");
    const res = await cm1.post(`/cases/${id}/identity`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ victimName: "Anak Rahasia", victimNik: "3509015704130001" });
    expect((await head.post(`/cases/${id}/identity`)).status).toBe(200);
    expect((await officer.post(`/cases/${id}/identity`)).status).toBe(403);
    expect((await cm2.post(`/cases/${id}/identity`)).status).toBe(404);
    expect((await outsider.post(`/cases/${id}/identity`)).status).toBe(404);
    const reads = (await audits(id)).filter((a) => a.action === "case.identity_read");
    expect(reads.map((a) => a.actor_id)).toEqual([cm1User.id, expect.any(String)]);
    expect(reads[0]?.details).toMatchObject({ category: "child" });
    expect(JSON.stringify(reads)).not.toContain("Anak Rahasia");
  });

  it("malformed commands are refused with 400 naming the field, and write nothing", async () => {
    const id = await submitted(officer);
    for (const body of [
      {},
      { event: "explode", version: 1 },
      { event: "approve", version: "1" },
      { event: "approve", version: 1, caseManagerId: "x" },
    ]) {
      const res = await supervisor.post(`/cases/${id}/events`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields.length).toBeGreaterThan(0);
    }
    expect((await supervisor.post("/cases/not-a-uuid/events", { event: "approve", version: 1 })).status).toBe(400);
    expect((await audits(id)).map((a) => a.action)).toEqual(["case.opened_for_approval"]);
  });

  it("the officer's complaint tells the supervisor's decision: pending, approved with its number, rejected with reason and referral", async () => {
    const decisionOf = async (caseId: string) => {
      const [row] = await rows<{ report_id: string }>(sql`SELECT report_id FROM cases WHERE id = ${caseId}`);
      const res = await officer.get(`/reports/${row?.report_id}`);
      expect(res.status).toBe(200);
      return res.body.caseDecision;
    };
    const notSent = await officer.post("/reports", { ...WALK_IN, unitId: jember, postId: post });
    expect(notSent.body.caseDecision).toBeNull();
    const [waiting, approvedId, rejectedId] = [await submitted(officer), await submitted(officer), await submitted(officer)];
    expect(await decisionOf(waiting)).toEqual({
      outcome: "pending",
      registerNumber: null,
      reason: null,
      referralPartner: null,
      decidedAt: null,
    });
    expect((await send(supervisor, approvedId, { event: "approve", caseManagerId: cm1User.id })).status).toBe(200);
    expect(await decisionOf(approvedId)).toMatchObject({
      outcome: "approved",
      registerNumber: expect.stringMatching(new RegExp(`^PPA-3509-${year}-\\d{5}$`)),
      reason: null,
      decidedAt: expect.any(String),
    });
    const comment = "Catatan supervisor yang hanya ada di kasus";
    const rejected = await send(supervisor, rejectedId, {
      event: "reject",
      reason: "referred_elsewhere",
      referralPartnerId: partner,
      comment,
    });
    expect(rejected.status).toBe(200);
    const decision = await decisionOf(rejectedId);
    expect(decision).toMatchObject({
      outcome: "rejected",
      registerNumber: null,
      reason: "referred_elsewhere",
      referralPartner: "Unit PPA Polres Jember",
      decidedAt: expect.any(String),
    });
    expect(JSON.stringify(decision)).not.toContain(comment);
    // The officer still cannot open the rejected case itself.
    expect((await officer.get(`/cases/${rejectedId}`)).status).toBe(404);
  });
});
