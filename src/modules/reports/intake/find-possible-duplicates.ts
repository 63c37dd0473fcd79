// Complaints of the same unit that may be the same matter: same phone or NIK (blind index), same name and birth
// date, or a similar name (decrypted and compared among the unit's complaints with the same birth date or regency).
import { and, desc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { normaliseName, unseal } from "../identity.js";
import { reports } from "../schema.js";
import type { DuplicateCandidateT } from "./contracts.js";
import { loadReport, type ReportRow } from "./report-access.js";

type Reason = DuplicateCandidateT["reasons"][number];
const CANDIDATE_CAP = 300;

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Normalised names within 20% edit distance, or one name's words all inside the other's ("Siti" / "Siti Aminah"). */
export function similarNames(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const words = new Set(long.split(" "));
  if (short.split(" ").every((w) => words.has(w)) && short.length >= 4) return true;
  return levenshtein(x, y) <= Math.floor(Math.max(x.length, y.length) * 0.2);
}

export async function findPossibleDuplicates(ctx: AppContext, actor: Actor, id: string): Promise<DuplicateCandidateT[]> {
  const db = ctx.database.db;
  const report = await loadReport(db, actor, "report.handle", id);
  const found = new Map<string, { row: ReportRow; reasons: Set<Reason> }>();
  const add = (row: ReportRow, reason: Reason) => {
    const entry = found.get(row.id) ?? { row, reasons: new Set<Reason>() };
    entry.reasons.add(reason);
    found.set(row.id, entry);
  };
  const sameUnit = (cond: SQL | undefined) => and(eq(reports.unitId, report.unitId), ne(reports.id, report.id), cond);

  const phones = [report.reporterPhoneBidx, report.victimPhoneBidx].filter((p): p is string => Boolean(p));
  if (phones.length) {
    const rows = await db
      .select()
      .from(reports)
      .where(sameUnit(or(inArray(reports.reporterPhoneBidx, phones), inArray(reports.victimPhoneBidx, phones))))
      .limit(CANDIDATE_CAP);
    for (const row of rows) add(row, "phone");
  }
  if (report.victimNikBidx) {
    const rows = await db
      .select()
      .from(reports)
      .where(sameUnit(eq(reports.victimNikBidx, report.victimNikBidx)))
      .limit(CANDIDATE_CAP);
    for (const row of rows) add(row, "nik");
  }
  if (report.victimNameBidx && report.victimBirthDateBidx) {
    const rows = await db
      .select()
      .from(reports)
      .where(
        sameUnit(
          and(eq(reports.victimNameBidx, report.victimNameBidx), eq(reports.victimBirthDateBidx, report.victimBirthDateBidx)),
        ),
      )
      .limit(CANDIDATE_CAP);
    for (const row of rows) add(row, "name_birth_date");
  }
  // Similar names: decrypt the unit's complaints that share the birth date or the regency, newest first.
  const near: SQL[] = [];
  if (report.victimBirthDateBidx) near.push(eq(reports.victimBirthDateBidx, report.victimBirthDateBidx));
  if (report.regencyCode) near.push(eq(reports.regencyCode, report.regencyCode));
  if (near.length) {
    const name = unseal(ctx.cipher, "victim_name", report.victimNameEnc);
    const rows = await db
      .select()
      .from(reports)
      .where(sameUnit(or(...near)))
      .orderBy(desc(reports.createdAt))
      .limit(CANDIDATE_CAP);
    for (const row of rows) {
      if (similarNames(name, unseal(ctx.cipher, "victim_name", row.victimNameEnc))) add(row, "similar_name");
    }
  }
  return [...found.values()]
    .sort((a, b) => b.reasons.size - a.reasons.size || b.row.createdAt.getTime() - a.row.createdAt.getTime())
    .map(({ row, reasons }) => ({
      id: row.id,
      trackingCode: row.trackingCode,
      status: row.status as DuplicateCandidateT["status"],
      channel: row.channel as DuplicateCandidateT["channel"],
      createdAt: row.createdAt.toISOString(),
      reasons: [...reasons],
    }));
}
