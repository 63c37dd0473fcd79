// Factories for units, posts, partners and staff: the demo command and the test suite both build data with these.
import crypto from "node:crypto";
import { partners, posts, roleGrants, units, users } from "../modules/people/schema.js";
import { sealTotpSecret } from "../modules/people/totp.js";
import type { Profession, Role } from "../platform/access/roles.js";
import { recordAudit } from "../platform/audit/record.js";
import { hashPassword } from "../platform/crypto/passwords.js";
import type { Tx } from "../platform/db/connection.js";
import type { AppContext } from "../platform/http/context.js";

// Staff names never use "Dewi" or "Lestari": the tests' victim is Dewi Lestari, and their leak checks search for those names.
const GIVEN = [
  "Siti",
  "Putri",
  "Ayu",
  "Rina",
  "Wulan",
  "Budi",
  "Agus",
  "Rudi",
  "Yusuf",
  "Ratna",
  "Indah",
  "Fitri",
  "Hendra",
  "Made",
  "Nyoman",
  "Teguh",
];
const FAMILY = [
  "Rahayu",
  "Handoko",
  "Kurniawan",
  "Hidayat",
  "Nasution",
  "Wijaya",
  "Saputra",
  "Pratama",
  "Susanti",
  "Hasibuan",
  "Siregar",
  "Wibowo",
];

export function indonesianName(seed = crypto.randomInt(1 << 30)): string {
  return `${GIVEN[seed % GIVEN.length]} ${FAMILY[Math.floor(seed / GIVEN.length) % FAMILY.length]}`;
}

export async function makeUnit(tx: Tx, over: Partial<typeof units.$inferInsert> = {}) {
  const [row] = await tx
    .insert(units)
    .values({
      name: "UPTD PPA Kabupaten Jember",
      kind: "regency_city",
      regionCode: "3509",
      timeZone: "Asia/Jakarta",
      address: "Jl. Kalimantan No. 42, Sumbersari, Jember",
      ...over,
    })
    .returning();
  if (!row) throw new Error("unit not created");
  await recordAudit(tx, {
    action: "unit.created",
    actorId: null,
    unitId: row.id,
    targetType: "unit",
    targetId: row.id,
    details: { source: "factory" },
  });
  return row;
}

export async function makePost(tx: Tx, unitId: string, over: Partial<typeof posts.$inferInsert> = {}) {
  const [row] = await tx
    .insert(posts)
    .values({
      unitId,
      name: "Pos Pengaduan Kecamatan Kaliwates",
      address: "Kantor Kecamatan Kaliwates",
      latitude: -8.1725,
      longitude: 113.6995,
      ...over,
    })
    .returning();
  if (!row) throw new Error("post not created");
  return row;
}

export async function makePartner(tx: Tx, unitId: string, over: Partial<typeof partners.$inferInsert> = {}) {
  const [row] = await tx
    .insert(partners)
    .values({ unitId, name: "Unit PPA Polres Jember", kind: "police", phone: "0331-484285", ...over })
    .returning();
  if (!row) throw new Error("partner not created");
  return row;
}

export interface MadeUser {
  id: string;
  username: string;
  password: string;
  displayName: string;
  totpSecret?: string;
}

export interface UserSpec {
  roles: { role: Role; unitId: string | null }[];
  username?: string;
  displayName?: string;
  password?: string;
  profession?: Profession;
  partnerId?: string;
  /** Base32 TOTP secret: the user is enrolled in two-factor authentication. */
  totpSecret?: string;
}

export async function makeUser(ctx: AppContext, tx: Tx, spec: UserSpec): Promise<MadeUser> {
  const seed = crypto.randomInt(1 << 30);
  const displayName = spec.displayName ?? indonesianName(seed);
  const username = spec.username ?? `${displayName.split(" ")[0]?.toLowerCase()}.${seed.toString(36)}`;
  const password = spec.password ?? crypto.randomBytes(9).toString("base64url");
  const [row] = await tx
    .insert(users)
    .values({
      username,
      displayName,
      passwordHash: await hashPassword(password, ctx.config.scryptCost),
      profession: spec.profession ?? null,
      partnerId: spec.partnerId ?? null,
      totpSecret: spec.totpSecret ? sealTotpSecret(ctx.cipher, spec.totpSecret) : null,
      totpEnabled: Boolean(spec.totpSecret),
    })
    .returning({ id: users.id });
  if (!row) throw new Error("user not created");
  if (spec.roles.length) await tx.insert(roleGrants).values(spec.roles.map((g) => ({ ...g, userId: row.id })));
  await recordAudit(tx, {
    action: "user.created",
    actorId: null,
    targetType: "user",
    targetId: row.id,
    details: { source: "factory" },
  });
  return { id: row.id, username, password, displayName, ...(spec.totpSecret ? { totpSecret: spec.totpSecret } : {}) };
}
