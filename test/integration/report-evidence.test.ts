// An intake officer lists and downloads the evidence a reporter attached on /lapor: the same bytes, audited, refused to others.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUnit, makeUser } from "../../src/demo/factories.js";
import { makeReport } from "../../src/demo/report-factories.js";
import { openCaseForApproval } from "../../src/modules/cases/open-case-for-approval.js";
import { Client } from "../helpers/client.js";
import { baseForm, multipartBody } from "../helpers/report-form.js";
import { DATABASES, startTestApp, type TestApp } from "../helpers/test-app.js";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 9)]);
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(500, 3)]);

describe.each(DATABASES)("evidence of a public report on %s", (kind) => {
  let t: TestApp;
  let reportId = "";
  let officer: Client;
  let outsider: Client;
  let caseManager: Client;
  let caseManagerId = "";
  let supervisor: Client;
  let foreignSupervisor: Client;
  let jemberId = "";
  let officerId = "";
  let officerName = "";
  let otherOfficer: Client;

  beforeAll(async () => {
    t = await startTestApp(kind, { evidenceMaxBytes: 64 * 1024 });
    const db = t.ctx.database.db;
    const jember = await makeUnit(db);
    const surabaya = await makeUnit(db, { name: "UPTD PPA Kota Surabaya", regionCode: "3578" });
    jemberId = jember.id;
    const signedIn = async (role: "intake_officer" | "case_manager" | "supervisor", unitId: string) => {
      const u = await makeUser(t.ctx, db, { roles: [{ role, unitId }] });
      const c = new Client(t.app);
      expect((await c.signIn(u.username, u.password)).status).toBe(200);
      return { c, id: u.id, name: u.displayName };
    };
    const intake = await signedIn("intake_officer", jember.id);
    officer = intake.c;
    officerId = intake.id;
    officerName = intake.name;
    outsider = (await signedIn("intake_officer", surabaya.id)).c;
    otherOfficer = (await signedIn("intake_officer", jember.id)).c;
    const manager = await signedIn("case_manager", jember.id);
    caseManager = manager.c;
    caseManagerId = manager.id;
    supervisor = (await signedIn("supervisor", jember.id)).c;
    foreignSupervisor = (await signedIn("supervisor", surabaya.id)).c;

    const page = await t.app.inject({ method: "GET", url: "/lapor" });
    const key = /name="idempotencyKey" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const files = [
      { name: "luka di lengan Dewi.png", bytes: PNG, type: "image/png" },
      { name: "surat.pdf", bytes: PDF, type: "application/pdf" },
    ];
    const { payload, headers } = multipartBody(baseForm(key), files);
    const sent = await t.app.inject({ method: "POST", url: "/lapor", payload, headers });
    expect(sent.statusCode, sent.body.slice(0, 500)).toBe(200);
    const code = /id="tracking-code">([^<]+)</.exec(sent.body)?.[1] ?? "";
    const found = await db.execute(sql`SELECT id FROM reports WHERE tracking_code = ${code}`);
    reportId = String((found as unknown as { rows: { id: string }[] }).rows[0]?.id);
  });
  afterAll(() => t.close());

  const auditOf = async () =>
    (
      (await t.ctx.database.db.execute(
        sql`SELECT details FROM audit_events WHERE action = 'report.evidence_read' AND target_id = ${reportId} ORDER BY seq`,
      )) as unknown as { rows: { details: Record<string, unknown> }[] }
    ).rows.map((r) => r.details);

  it("lists the files with their names as sent, and the listing is audited", async () => {
    const res = await officer.get(`/reports/${reportId}/evidence`);
    expect(res.status).toBe(200);
    expect(
      res.body.map((f: { fileName: string; mimeType: string; sizeBytes: number; uploadedByName: string | null }) => [
        f.fileName,
        f.mimeType,
        f.sizeBytes,
        f.uploadedByName,
      ]),
    ).toEqual([
      ["luka di lengan Dewi.png", "image/png", PNG.length, null],
      ["surat.pdf", "application/pdf", PDF.length, null],
    ]);
    expect(await auditOf()).toContainEqual({ listed: 2 });
    // What the reporter sent is their evidence: no officer, not even a supervisor, may take it back.
    expect(res.body.map((f: { withdrawable: boolean }) => f.withdrawable)).toEqual([false, false]);
    const forSupervisor = await supervisor.get(`/reports/${reportId}/evidence`);
    expect(forSupervisor.body.map((f: { withdrawable: boolean }) => f.withdrawable)).toEqual([false, false]);
  });

  it("downloads each file decrypted, byte for byte, as an attachment never cached, audited", async () => {
    const list = (await officer.get(`/reports/${reportId}/evidence`)).body as { id: string; mimeType: string }[];
    for (const [i, bytes] of [PNG, PDF].entries()) {
      const file = list.find((f) => f.mimeType === (i === 0 ? "image/png" : "application/pdf")) as {
        id: string;
        mimeType: string;
      };
      const res = await officer.get(`/reports/${reportId}/evidence/${file.id}`);
      expect(res.status).toBe(200);
      expect(res.raw.equals(bytes)).toBe(true);
      expect(res.headers["content-type"]).toBe(file.mimeType);
      expect(res.headers["content-disposition"]).toBe(
        `attachment; filename="bukti-${file.id.slice(0, 8)}.${i === 0 ? "png" : "pdf"}"`,
      );
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(await auditOf()).toContainEqual({ evidenceId: file.id });
    }
  });

  it("a file is found only under its own report", async () => {
    const [file] = (await officer.get(`/reports/${reportId}/evidence`)).body as { id: string }[];
    const unit = await t.ctx.database.db.execute(sql`SELECT unit_id FROM reports WHERE id = ${reportId}`);
    const unitId = String((unit as unknown as { rows: { unit_id: string }[] }).rows[0]?.unit_id);
    const other = await t.ctx.database.db.transaction((tx) => makeReport(t.ctx, tx, { unitId }));
    const res = await officer.get(`/reports/${other.id}/evidence/${file?.id}`);
    expect(res.status).toBe(404);
    expect((await officer.get(`/reports/${other.id}/evidence`)).body).toEqual([]);
  });

  it("is refused to another unit's officer (nothing revealed), a case manager and an anonymous caller", async () => {
    const [file] = (await officer.get(`/reports/${reportId}/evidence`)).body as { id: string }[];
    const before = (await auditOf()).length;
    for (const path of [`/reports/${reportId}/evidence`, `/reports/${reportId}/evidence/${file?.id}`]) {
      const foreign = await outsider.get(path);
      expect(foreign.status).toBe(404);
      expect(foreign.raw.includes(PNG.subarray(8, 40))).toBe(false);
      expect(JSON.stringify(foreign.body)).not.toContain("luka");
      expect((await caseManager.get(path)).status).toBe(403);
      expect((await new Client(t.app).get(path)).status).toBe(401);
    }
    expect((await auditOf()).length).toBe(before);
  });

  it("once the complaint is a case, its case manager opens the same files from the case (audited on the case); others may not", async () => {
    const caseId = await openCaseForApproval(t.ctx.database.db, {
      reportId,
      unitId: jemberId,
      submittedBy: officerId,
      submittedAt: new Date(),
      riskLevel: "high",
    });
    const path = `/cases/${caseId}/evidence`;
    // Before approval the case has no manager: the unit's case manager is not yet on it.
    expect([403, 404]).toContain((await caseManager.get(path)).status);
    const approved = await supervisor.post(`/cases/${caseId}/events`, { event: "approve", version: 1, caseManagerId });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);

    const list = await caseManager.get(path);
    expect(list.status).toBe(200);
    expect(list.body.map((f: { fileName: string }) => f.fileName)).toEqual(["luka di lengan Dewi.png", "surat.pdf"]);
    const png = list.body[0] as { id: string };
    const file = await caseManager.get(`${path}/${png.id}`);
    expect(file.status).toBe(200);
    expect(file.raw.equals(PNG)).toBe(true);
    expect(file.headers["content-disposition"]).toBe(`attachment; filename="bukti-${png.id.slice(0, 8)}.png"`);
    const events = (
      (await t.ctx.database.db.execute(
        sql`SELECT details FROM audit_events WHERE action = 'case.evidence_read' AND target_id = ${caseId} ORDER BY seq`,
      )) as unknown as { rows: { details: Record<string, unknown> }[] }
    ).rows.map((r) => r.details);
    expect(events).toEqual([
      { reportId, listed: 2 },
      { reportId, evidenceId: png.id },
    ]);
    for (const p of [path, `${path}/${png.id}`]) {
      expect((await foreignSupervisor.get(p)).status).toBe(404);
      expect((await outsider.get(p)).status).toBe(403);
      expect((await officer.get(p)).status).toBe(403);
      expect((await new Client(t.app).get(p)).status).toBe(401);
    }
  });

  describe("attached by an officer", () => {
    let walkIn = "";
    const upload = (client: Client, id: string, body: unknown) => client.post(`/reports/${id}/evidence`, body);
    const b64 = (bytes: Buffer) => bytes.toString("base64");

    beforeAll(async () => {
      walkIn = (await t.ctx.database.db.transaction((tx) => makeReport(t.ctx, tx, { unitId: jemberId, status: "in_intake" }))).id;
    });

    it("stores a scanned letter sealed, under its cleaned name and the type its bytes show, audited; it lists and downloads", async () => {
      const res = await upload(officer, walkIn, { fileName: "../visum et repertum.pdf", contentBase64: b64(PDF) });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ fileName: "visum et repertum.pdf", mimeType: "application/pdf", sizeBytes: PDF.length });
      expect(res.body.uploadedByName).toBe(officerName);
      const stored = await t.ctx.database.db.execute(
        sql`SELECT file_name_enc, content_enc, uploaded_by FROM report_evidence WHERE id = ${res.body.id}`,
      );
      const row = (stored as unknown as { rows: Record<string, string>[] }).rows[0] as Record<string, string>;
      expect(row.file_name_enc).not.toContain("visum");
      expect(row.content_enc).not.toContain(b64(PDF).slice(0, 16));
      expect(row.uploaded_by).toBe(officerId);
      const events = await t.ctx.database.db.execute(
        sql`SELECT details FROM audit_events WHERE action = 'report.evidence_added' AND target_id = ${walkIn}`,
      );
      expect((events as unknown as { rows: { details: unknown }[] }).rows.map((r) => r.details)).toEqual([
        { evidenceId: res.body.id, mimeType: "application/pdf", sizeBytes: PDF.length },
      ]);
      const list = await officer.get(`/reports/${walkIn}/evidence`);
      expect(list.body.map((f: { id: string; uploadedByName: string }) => [f.id, f.uploadedByName])).toEqual([
        [res.body.id, officerName],
      ]);
      expect((await officer.get(`/reports/${walkIn}/evidence/${res.body.id}`)).raw.equals(PDF)).toBe(true);
    });

    it("refuses a file that is not a JPG, PNG, WEBP or PDF, or larger than the setting, naming the field, and stores nothing", async () => {
      const count = async () =>
        Number(
          (
            (await t.ctx.database.db.execute(
              sql`SELECT count(*)::int AS n FROM report_evidence WHERE report_id = ${walkIn}`,
            )) as unknown as { rows: { n: number }[] }
          ).rows[0]?.n,
        );
      const before = await count();
      const script = await upload(officer, walkIn, {
        fileName: "x.png",
        contentBase64: b64(Buffer.from("<script>alert(1)</script>")),
      });
      expect(script.status).toBe(400);
      expect(script.body.error.fields).toEqual([{ path: "contentBase64", message: script.body.error.message }]);
      expect(script.body.error.message).toContain("JPG, PNG, WEBP atau PDF");
      const big = Buffer.concat([PNG, Buffer.alloc(64 * 1024)]);
      expect((await upload(officer, walkIn, { fileName: "besar.png", contentBase64: b64(big) })).status).toBe(400);
      const notBase64 = await upload(officer, walkIn, { fileName: "x.pdf", contentBase64: "%%%" });
      expect(notBase64.status).toBe(400);
      expect(notBase64.body.error.fields.map((f: { path: string }) => f.path)).toContain("contentBase64");
      const overLimit = await upload(officer, walkIn, { fileName: "x.png", contentBase64: "A".repeat(200 * 1024) });
      expect(overLimit.status).toBe(413);
      expect(await count()).toBe(before);
    });

    describe("withdrawn when attached by mistake", () => {
      const withdraw = (client: Client, id: string, evidenceId: string, body: unknown = { reason: "other_complaint" }) =>
        client.post(`/reports/${id}/evidence/${evidenceId}/withdraw`, body);
      const rowsOf = async (id: string) =>
        (
          (await t.ctx.database.db.execute(
            sql`SELECT id FROM report_evidence WHERE report_id = ${id} ORDER BY created_at`,
          )) as unknown as { rows: { id: string }[] }
        ).rows.map((r) => r.id);
      const withdrawals = async (id: string) =>
        (
          (await t.ctx.database.db.execute(
            sql`SELECT actor_id, details FROM audit_events WHERE action = 'report.evidence_withdrawn' AND target_id = ${id} ORDER BY seq`,
          )) as unknown as { rows: { actor_id: string; details: Record<string, unknown> }[] }
        ).rows;
      let complaint = "";
      let wrongPhoto = "";

      beforeAll(async () => {
        complaint = (
          await t.ctx.database.db.transaction((tx) => makeReport(t.ctx, tx, { unitId: jemberId, status: "in_intake" }))
        ).id;
        const added = await upload(officer, complaint, { fileName: "foto korban lain.png", contentBase64: b64(PNG) });
        expect(added.status).toBe(201);
        expect(added.body.withdrawable).toBe(true);
        wrongPhoto = added.body.id;
      });

      it("the list offers it to its uploader and a supervisor, not to another officer", async () => {
        const flag = async (client: Client) =>
          ((await client.get(`/reports/${complaint}/evidence`)).body as { id: string; withdrawable: boolean }[]).find(
            (f) => f.id === wrongPhoto,
          )?.withdrawable;
        expect(await flag(officer)).toBe(true);
        expect(await flag(supervisor)).toBe(true);
        expect(await flag(otherOfficer)).toBe(false);
      });

      it("refuses a bad reason naming the field, another officer, other roles and units, and changes nothing", async () => {
        for (const body of [{}, { reason: "bosan" }, { reason: 7 }, { reason: ["wrong_file"] }, "x".repeat(1000)]) {
          const res = await withdraw(officer, complaint, wrongPhoto, body);
          expect(res.status).toBe(400);
          if (typeof body === "object") expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain("reason");
        }
        const notYours = await withdraw(otherOfficer, complaint, wrongPhoto);
        expect(notYours.status).toBe(403);
        expect(notYours.body.error.message).toContain("supervisor");
        expect((await withdraw(caseManager, complaint, wrongPhoto)).status).toBe(403);
        expect((await withdraw(outsider, complaint, wrongPhoto)).status).toBe(404);
        expect((await withdraw(foreignSupervisor, complaint, wrongPhoto)).status).toBe(404);
        expect((await withdraw(new Client(t.app), complaint, wrongPhoto)).status).toBe(401);
        // A file is found only under its own complaint.
        expect((await withdraw(officer, walkIn, wrongPhoto)).status).toBe(404);
        expect(await rowsOf(complaint)).toEqual([wrongPhoto]);
        expect(await withdrawals(complaint)).toEqual([]);
      });

      it("erases the file at its uploader's request; the audit trail keeps the fact, the reason and no name", async () => {
        const res = await withdraw(officer, complaint, wrongPhoto, { reason: "other_complaint" });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body).toEqual({ withdrawn: true });
        expect(await rowsOf(complaint)).toEqual([]);
        expect((await officer.get(`/reports/${complaint}/evidence`)).body).toEqual([]);
        expect((await officer.get(`/reports/${complaint}/evidence/${wrongPhoto}`)).status).toBe(404);
        expect((await officer.get(`/reports/${complaint}`)).body.counts.evidence).toBe(0);
        const events = await withdrawals(complaint);
        expect(events).toEqual([
          {
            actor_id: officerId,
            details: {
              evidenceId: wrongPhoto,
              mimeType: "image/png",
              sizeBytes: PNG.length,
              uploadedBy: officerId,
              reason: "other_complaint",
            },
          },
        ]);
        expect(JSON.stringify(events)).not.toContain("korban");
        // Gone is gone: a second try finds nothing.
        expect((await withdraw(officer, complaint, wrongPhoto)).status).toBe(404);
      });

      it("a supervisor takes back another officer's file; a reporter's file and a closed complaint's stay", async () => {
        const added = await upload(officer, complaint, { fileName: "salinan.pdf", contentBase64: b64(PDF) });
        const res = await withdraw(supervisor, complaint, added.body.id, { reason: "duplicate_copy" });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(await rowsOf(complaint)).toEqual([]);
        expect((await withdrawals(complaint)).at(-1)?.details).toMatchObject({ uploadedBy: officerId, reason: "duplicate_copy" });

        const fromReporter = (await rowsOf(reportId))[0] as string;
        const kept = await withdraw(supervisor, reportId, fromReporter);
        expect(kept.status).toBe(409);
        expect(kept.body.error.message).toContain("pelapor");
        expect(await rowsOf(reportId)).toContain(fromReporter);

        const later = await upload(officer, complaint, { fileName: "surat.pdf", contentBase64: b64(PDF) });
        await t.ctx.database.db.execute(sql`UPDATE reports SET status = 'not_a_case' WHERE id = ${complaint}`);
        expect((await withdraw(officer, complaint, later.body.id)).status).toBe(409);
        const listed = (await officer.get(`/reports/${complaint}/evidence`)).body as { withdrawable: boolean }[];
        expect(listed.map((f) => f.withdrawable)).toEqual([false]);
        expect(await rowsOf(complaint)).toEqual([later.body.id]);
      });
    });

    it("checks the caller before reading a large body, and refuses other roles, other units and closed complaints", async () => {
      const large = { fileName: "x.png", contentBase64: "A".repeat(200 * 1024) };
      expect((await upload(new Client(t.app), walkIn, large)).status).toBe(401);
      expect((await upload(caseManager, walkIn, large)).status).toBe(403);
      const body = { fileName: "foto.png", contentBase64: b64(PNG) };
      expect((await upload(caseManager, walkIn, body)).status).toBe(403);
      expect((await upload(outsider, walkIn, body)).status).toBe(404);
      const closed = await t.ctx.database.db.transaction((tx) =>
        makeReport(t.ctx, tx, { unitId: jemberId, status: "not_a_case" }),
      );
      expect((await upload(officer, closed.id, body)).status).toBe(409);
    });

    it("once the supervisor has decided the case, intake neither attaches a file nor takes one back: the case's evidence stays whole", async () => {
      const db = t.ctx.database.db;
      const complaint = (await db.transaction((tx) => makeReport(t.ctx, tx, { unitId: jemberId, status: "awaiting_approval" })))
        .id;
      const caseId = await openCaseForApproval(db, {
        reportId: complaint,
        unitId: jemberId,
        submittedBy: officerId,
        submittedAt: new Date(),
        riskLevel: "high",
      });
      // With the supervisor still to decide, the officer may add a file and take it back.
      const early = await upload(officer, complaint, { fileName: "surat rujukan.pdf", contentBase64: b64(PDF) });
      expect(early.status, JSON.stringify(early.body)).toBe(201);
      expect(early.body.withdrawable).toBe(true);
      const approved = await supervisor.post(`/cases/${caseId}/events`, { event: "approve", version: 1, caseManagerId });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);

      const late = await upload(officer, complaint, { fileName: "foto.png", contentBase64: b64(PNG) });
      expect(late.status).toBe(409);
      for (const who of [officer, supervisor]) {
        const res = await who.post(`/reports/${complaint}/evidence/${early.body.id}/withdraw`, { reason: "wrong_file" });
        expect(res.status).toBe(409);
        const listed = (await who.get(`/reports/${complaint}/evidence`)).body as { id: string; withdrawable: boolean }[];
        expect(listed.map((f) => [f.id, f.withdrawable])).toEqual([[early.body.id, false]]);
      }
      const theirs = (await caseManager.get(`/cases/${caseId}/evidence`)).body as { id: string }[];
      expect(theirs.map((f) => f.id)).toEqual([early.body.id]);
    });
  });
});
