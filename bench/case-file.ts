// Case file PDF for a case with 50 timeline events and its services (target < 300 ms), beside gathering only and a one-page
// PDF, in-process on PGlite.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import PDFDocument from "pdfkit";
import { makeUnit, makeUser } from "../src/demo/factories.js";
import { makeReport } from "../src/demo/report-factories.js";
import { caseFileFonts } from "../src/modules/cases/case-file/fonts.js";
import { gatherCaseFile } from "../src/modules/cases/case-file/gather-case-file.js";
import { printCaseFile } from "../src/modules/cases/case-file/print-case-file.js";
import { sealCaseText } from "../src/modules/cases/case-seal.js";
import { openCaseForApproval } from "../src/modules/cases/open-case-for-approval.js";
import { nextRegisterNumber } from "../src/modules/cases/register-number.js";
import { caseEvents, caseNotes, cases, interventions } from "../src/modules/cases/schema.js";
import { fullSections, sealSections } from "../src/modules/cases/services/assessment-view.js";
import {
  assessments,
  interventionSessionAttachments,
  interventionSessions,
  policeReportDeadlines,
  servicePlans,
} from "../src/modules/cases/services/schema.js";
import { sealServices } from "../src/modules/cases/services/services-seal.js";
import { contactAttempts } from "../src/modules/reports/schema.js";
import type { Actor } from "../src/platform/access/actor.js";
import { FieldCipher, keyId } from "../src/platform/crypto/field-encryption.js";
import { openDatabase } from "../src/platform/db/connection.js";
import { migrate } from "../src/platform/db/migrate.js";
import type { AppContext } from "../src/platform/http/context.js";
import { loadConfig } from "../src/server/config.js";

const EVENTS = 50;
/** Services of the bench case: assessments (final ones and a draft), interventions in the plan, sessions of each. */
const ASSESSMENTS = 3;
const INTERVENTIONS = 3;
const SESSIONS_EACH = 4;
const WARM_UPS = 3;
const ITERATIONS = 20;

export interface Timing {
  name: string;
  medianMs: number;
  p95Ms: number;
}
export interface CaseFileBench {
  timings: Timing[];
  pages: number;
  bytes: number;
}

async function measure(name: string, run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UPS; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    await run();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] as number;
  return { name, medianMs: (at(0.5) + (ms[ms.length / 2] as number)) / 2, p95Ms: at(0.95) };
}

/** The baseline: a one-page A4 PDF with the same embedded font and a few lines. */
async function onePagePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", font: (await caseFileFonts()).regular as unknown as string });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.on("data", (c: Buffer) => chunks.push(c));
  doc.fontSize(12).text("RAHASIA — Halaman 1 dari 1");
  doc.end();
  return await done;
}

/** Two final assessments and a draft, an agreed plan of three interventions, four sessions each (one attachment each), the police report met. */
async function seedServices(ctx: AppContext, caseId: string, managerId: string, providerIds: string[]) {
  const db = ctx.database.db;
  const c = ctx.cipher;
  const paragraph = (topic: string) =>
    `${topic}: klien menceritakan kondisinya; petugas mencatat keluhan, dukungan yang ada dan kebutuhan lanjutan. `.repeat(3);
  let previousId: string | null = null;
  for (let i = 0; i < ASSESSMENTS; i++) {
    const final = i < ASSESSMENTS - 1;
    const sections = fullSections({
      physicalHealth: paragraph("Fisik"),
      psychological: paragraph("Psikologis"),
      socialFamily: paragraph("Keluarga"),
      legal: paragraph("Hukum"),
      safetyRisk: paragraph("Keamanan"),
      needsExpectations: paragraph("Harapan"),
    });
    const [row]: { id: string }[] = await db
      .insert(assessments)
      .values({
        caseId,
        previousId,
        status: final ? "final" : "draft",
        sectionsEnc: sealSections(c, sections),
        riskLevel: "high",
        version: 3,
        createdBy: managerId,
        updatedBy: managerId,
        finalisedBy: final ? managerId : null,
        finalisedAt: final ? new Date() : null,
      })
      .returning({ id: assessments.id });
    previousId = row?.id ?? null;
  }
  const [plan] = await db
    .insert(servicePlans)
    .values({
      caseId,
      updatedBy: managerId,
      agreedAt: new Date(),
      agreedVia: "in_person",
      agreedByClient: "client",
      agreedRecordedBy: managerId,
    })
    .returning({ id: servicePlans.id });
  const types = ["psychological_support", "legal_aid", "social_reintegration"];
  for (let i = 0; i < INTERVENTIONS; i++) {
    const providerId = providerIds[i % providerIds.length] as string;
    const [item] = await db
      .insert(interventions)
      .values({
        caseId,
        providerId,
        planId: plan?.id,
        serviceType: types[i % types.length] as string,
        goalEnc: sealServices(c, "intervention_goal", "Pemulihan dan pendampingan sampai tujuan layanan tercapai"),
        targetDate: "2026-12-31",
        status: "in_progress",
      })
      .returning({ id: interventions.id });
    for (let k = 0; k < SESSIONS_EACH; k++) {
      const [session] = await db
        .insert(interventionSessions)
        .values({
          interventionId: item?.id as string,
          caseId,
          heldOn: `2026-11-${String(10 + k).padStart(2, "0")}`,
          doneEnc: sealServices(c, "session_done", paragraph(`Sesi ${k + 1}`)) as string,
          resultEnc: sealServices(c, "session_result", "Klien lebih tenang dan memahami langkah berikutnya.") as string,
          followUpEnc: sealServices(c, "session_follow_up", "Sesi berikutnya minggu depan; koordinasi dengan mitra."),
          recordedBy: providerId,
        })
        .returning({ id: interventionSessions.id });
      await db.insert(interventionSessionAttachments).values({
        sessionId: session?.id as string,
        caseId,
        fileNameEnc: sealServices(c, "attachment_name", `lampiran-sesi-${k + 1}.pdf`) as string,
        contentType: "application/pdf",
        sizeBytes: 64 * 1024,
        // A realistic attachment size: the file never reads the content, so it must not cost anything.
        contentEnc: sealServices(c, "attachment_content", crypto.randomBytes(64 * 1024).toString("base64")) as string,
        uploadedBy: providerId,
      });
    }
  }
  await db.insert(policeReportDeadlines).values({
    caseId,
    dueAt: new Date(Date.now() + 72 * 3_600_000),
    metAt: new Date(),
    metBy: managerId,
    referenceEnc: sealServices(c, "police_reference", "LP/B/512/XI/2026/SPKT/Polres Jember"),
  });
}

/** A case with its complaint, 50 timeline events, notes, contact attempts and services, in a fresh in-memory database. */
async function seed(ctx: AppContext) {
  const db = ctx.database.db;
  const unit = await makeUnit(db);
  const supervisor = await makeUser(ctx, db, { roles: [{ role: "supervisor", unitId: unit.id }] });
  const manager = await makeUser(ctx, db, { roles: [{ role: "case_manager", unitId: unit.id }] });
  const providers = await Promise.all(
    (["psikolog", "advokat", "konselor"] as const).map((profession) =>
      makeUser(ctx, db, { roles: [{ role: "service_provider", unitId: unit.id }], profession }),
    ),
  );
  const report = await makeReport(ctx, db, {
    unitId: unit.id,
    status: "awaiting_approval",
    enteredBy: supervisor.id,
    violenceTypes: ["psychological", "sexual"],
  });
  const id = await openCaseForApproval(db, {
    reportId: report.id,
    unitId: unit.id,
    submittedBy: supervisor.id,
    submittedAt: new Date(),
    riskLevel: "high",
  });
  const registerNumber = await nextRegisterNumber(db, unit.id, new Date());
  await db
    .update(cases)
    .set({ status: "open", caseManagerId: manager.id, approvedBy: supervisor.id, approvedAt: new Date(), registerNumber })
    .where(eq(cases.id, id));
  const start = Date.now() - EVENTS * 3_600_000;
  await db.insert(caseEvents).values(
    Array.from({ length: EVENTS - 1 }, (_, i) => ({
      caseId: id,
      event: "reassign_case_manager",
      fromStatus: "open",
      toStatus: "open",
      actorId: supervisor.id,
      at: new Date(start + i * 3_600_000),
      commentEnc: sealCaseText(
        ctx.cipher,
        "event_comment",
        `Tindak lanjut ke-${i + 1}: pendampingan dan pemantauan kondisi korban.`,
      ),
    })),
  );
  await db.insert(caseNotes).values(
    Array.from({ length: 10 }, (_, i) => ({
      caseId: id,
      authorId: manager.id,
      contentEnc: sealCaseText(ctx.cipher, "note", `Catatan ${i + 1}: korban hadir pada sesi konseling.`) as string,
    })),
  );
  await db
    .insert(contactAttempts)
    .values(
      Array.from({ length: 5 }, () => ({ reportId: report.id, actorId: supervisor.id, method: "phone", outcome: "reached" })),
    );
  await seedServices(
    ctx,
    id,
    manager.id,
    providers.map((p) => p.id),
  );
  const actor: Actor = {
    userId: manager.id,
    sessionHash: "bench",
    stage: "full",
    grants: [{ role: "case_manager", unitId: unit.id }],
    lang: "id",
  };
  return { id, actor };
}

export async function benchCaseFile(): Promise<CaseFileBench> {
  const key = crypto.randomBytes(32);
  const database = await openDatabase({ memory: true });
  try {
    await migrate(database);
    const ctx: AppContext = {
      config: loadConfig({}, { scryptCost: 1024, logLevel: "silent" }),
      database,
      cipher: new FieldCipher({
        activeKeyId: keyId(key),
        keys: new Map([[keyId(key), key]]),
        blindIndexKey: crypto.randomBytes(32),
      }),
    };
    const { id, actor } = await seed(ctx);
    const [row] = await database.db.select().from(cases).where(eq(cases.id, id));
    if (!row) throw new Error("bench case missing");
    const sample = await printCaseFile(ctx, actor, id, "full");
    const pages = (sample.pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    const timings = [
      await measure(`case file PDF, ${EVENTS} events (load, gather, audit, render)`, () => printCaseFile(ctx, actor, id, "full")),
      await measure("baseline: gathering only (one transaction)", () =>
        database.db.transaction((tx) => gatherCaseFile(tx, ctx.cipher, row, actor.userId)),
      ),
      await measure("baseline: one-page PDF with the same font", onePagePdf),
    ];
    return { timings, pages, bytes: sample.pdf.length };
  } finally {
    await database.close();
  }
}

export const CASE_FILE_HEAD = ["measure (PGlite in-process)", "median", "p95", "target"];

export function caseFileRows(result: CaseFileBench): string[][] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return result.timings.map((t, i) => [
    t.name,
    ms(t.medianMs),
    ms(t.p95Ms),
    i === 0 ? (t.p95Ms < 300 ? "< 300 ms: met" : "< 300 ms: **missed**") : "",
  ]);
}

export function caseFileNote(result: CaseFileBench): string {
  return `${ITERATIONS} runs after ${WARM_UPS} warm-ups; the case file printed ${result.pages} A4 pages (${Math.round(result.bytes / 1024)} KiB).`;
}

/** The section appended to docs/benchmarks.md. */
export function caseFileMarkdown(result: CaseFileBench): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    "",
    "## Case file PDF",
    "",
    `Printing the case file of a case with 50 timeline events, 10 notes, 5 contact attempts, ${ASSESSMENTS} assessments (one a draft),`,
    `an agreed plan of ${INTERVENTIONS} interventions with ${SESSIONS_EACH} sessions each (a 64 KiB attachment per session, listed by name)`,
    "and the police-report deadline (what `GET /api/v1/cases/:id/file` does without HTTP: load through the visibility predicate,",
    "gather and unseal, write the audit event, render with pdfkit),",
    "in-process on an in-memory PGlite database, beside gathering alone and a one-page PDF with the same embedded font.",
    "",
    row(CASE_FILE_HEAD),
    row(CASE_FILE_HEAD.map(() => "---")),
    ...caseFileRows(result).map(row),
    "",
    caseFileNote(result),
    "",
  ].join("\n");
}

if (process.argv[1]?.endsWith("case-file.ts")) {
  const { plainTable } = await import("./report.js");
  const result = await benchCaseFile();
  process.stdout.write(`${plainTable(CASE_FILE_HEAD, caseFileRows(result))}\n${caseFileNote(result)}\n`);
}
