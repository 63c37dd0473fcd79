// Seeds a realistic demo on a fresh database: East Java's province unit, Jember and Surabaya, posts, partners, every role.
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { users } from "../modules/people/schema.js";
import type { Profession, Role } from "../platform/access/roles.js";
import { recordAudit } from "../platform/audit/record.js";
import type { Tx } from "../platform/db/connection.js";
import type { AppContext } from "../platform/http/context.js";
import { seedDemoCases } from "./demo-cases.js";
import { DEMO_UNITS, type DemoUnitSpec, demoUsername } from "./demo-data.js";
import { seedDemoReports } from "./demo-reports.js";
import { makePartner, makePost, makeUnit, makeUser } from "./factories.js";

/** Advisory lock key: two demo seeds started together must not both find the database empty. */
const DEMO_LOCK = 7_411_873_010;

export interface DemoLogin {
  userId: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  profession: Profession | null;
  partnerName: string | null;
  displayName: string;
  username: string;
  password: string;
}

export interface DemoSeed {
  units: { key: string; id: string; name: string }[];
  postIds: string[];
  partnerIds: string[];
  logins: DemoLogin[];
  /** Complaints waiting in the intake queues. */
  reportCount: number;
}

export class DemoNotFreshError extends Error {
  constructor(readonly unitCount: number) {
    super(
      `Basis data ini sudah berisi ${unitCount} unit; data contoh hanya dibuat pada basis data baru. ` +
        `/ This database already holds ${unitCount} unit(s); the demo is only created on a fresh database. ` +
        "Gunakan TEDUH_DATA_DIR atau DATABASE_URL yang baru / use a new TEDUH_DATA_DIR or DATABASE_URL.",
    );
  }
}

/** Creates the demo in one transaction (all or nothing) and returns every id and login, passwords in clear. */
export async function seedDemo(ctx: AppContext): Promise<DemoSeed> {
  return ctx.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`);
    const counted = (await tx.execute(sql`SELECT count(*)::int AS n FROM units`)) as unknown as { rows: { n: number }[] };
    const unitCount = Number(counted.rows[0]?.n ?? 0);
    if (unitCount > 0) throw new DemoNotFreshError(unitCount);

    const taken = new Set((await tx.select({ username: users.username }).from(users)).map((u) => u.username));
    const seed: DemoSeed = { units: [], postIds: [], partnerIds: [], logins: [], reportCount: 0 };
    const login = async (spec: LoginSpec) => {
      const username = demoUsername(spec.displayName, taken);
      const password = crypto.randomBytes(12).toString("base64url");
      const made = await makeUser(ctx, tx, {
        displayName: spec.displayName,
        username,
        password,
        roles: [{ role: spec.role, unitId: spec.unit?.id ?? null }],
        ...(spec.profession ? { profession: spec.profession } : {}),
        ...(spec.partner ? { partnerId: spec.partner.id } : {}),
      });
      seed.logins.push({
        userId: made.id,
        role: spec.role,
        unitId: spec.unit?.id ?? null,
        unitName: spec.unit?.name ?? null,
        profession: spec.profession ?? null,
        partnerName: spec.partner?.name ?? null,
        displayName: made.displayName,
        username,
        password,
      });
    };

    await login({ role: "admin", displayName: "Teguh Santoso" });
    let parentId: string | null = null;
    for (const spec of DEMO_UNITS) {
      const unit = await seedUnit(tx, spec, parentId, seed);
      parentId ??= unit.id;
      for (const staff of spec.staff) {
        const [role, displayName, profession] = staff;
        const partner = profession === "paralegal" ? unit.legalAid : undefined;
        await login({ role, displayName, unit, ...(profession ? { profession } : {}), ...(partner ? { partner } : {}) });
      }
    }
    seed.reportCount = await seedDemoReports(ctx, tx, seed.units);
    await seedDemoCases(ctx, tx, seed.units, seed.logins);
    return seed;
  });
}

interface LoginSpec {
  role: Role;
  displayName: string;
  unit?: { id: string; name: string };
  profession?: Profession;
  partner?: { id: string; name: string };
}

/** One unit with its posts and partners; returns the unit and its legal-aid partner (for the paralegal). */
async function seedUnit(tx: Tx, spec: DemoUnitSpec, parentId: string | null, seed: DemoSeed) {
  const unit = await makeUnit(tx, { ...spec.unit, parentId });
  seed.units.push({ key: spec.key, id: unit.id, name: unit.name });
  for (const post of spec.posts) {
    const row = await makePost(tx, unit.id, post);
    seed.postIds.push(row.id);
    await recordAudit(tx, {
      action: "post.created",
      actorId: null,
      unitId: unit.id,
      targetType: "post",
      targetId: row.id,
      details: { source: "demo" },
    });
  }
  let legalAid: { id: string; name: string } | undefined;
  for (const partner of spec.partners) {
    const row = await makePartner(tx, unit.id, partner);
    seed.partnerIds.push(row.id);
    if (row.kind === "legal_aid") legalAid ??= { id: row.id, name: row.name };
    await recordAudit(tx, {
      action: "partner.created",
      actorId: null,
      unitId: unit.id,
      targetType: "partner",
      targetId: row.id,
      details: { source: "demo", kind: row.kind },
    });
  }
  return { id: unit.id, name: unit.name, legalAid };
}
