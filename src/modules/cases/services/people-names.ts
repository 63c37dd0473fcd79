// Display names of the staff a services answer mentions, fetched in one query.
import { inArray } from "drizzle-orm";
import type { Tx } from "../../../platform/db/connection.js";
import { users } from "../../people/schema.js";

export type Person = { id: string; displayName: string };
export type Names = (id: string) => Person;
export type MaybeNames = (id: string | null) => Person | null;

export async function namesOf(tx: Tx, ids: (string | null | undefined)[]): Promise<Names & { maybe: MaybeNames }> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const rows = wanted.length
    ? await tx.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, wanted))
    : [];
  const map = new Map(rows.map((r) => [r.id, r.displayName]));
  const one = (id: string): Person => ({ id, displayName: map.get(id) ?? "" });
  return Object.assign(one, { maybe: (id: string | null) => (id ? one(id) : null) });
}
