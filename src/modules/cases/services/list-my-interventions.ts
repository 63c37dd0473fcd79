// The provider's worklist: only the interventions they hold, in cases they may see, with what the work needs and no identity.
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/access/actor.js";
import type { AppContext } from "../../../platform/http/context.js";
import { cases, interventions } from "../schema.js";
import { caseVisibleTo } from "../visibility.js";
import type { MyInterventionT } from "./contracts.js";
import { interventionViews } from "./intervention-view.js";
import { namesOf } from "./people-names.js";
import { todayInUnit } from "./today.js";

const ORDER = { in_progress: 0, planned: 1, done: 2, cancelled: 3 } as const;

export async function listMyInterventions(ctx: AppContext, actor: Actor): Promise<MyInterventionT[]> {
  const tx = ctx.database.db;
  const rows = await tx
    .select({ i: interventions, c: cases })
    .from(interventions)
    .innerJoin(cases, eq(cases.id, interventions.caseId))
    .where(and(eq(interventions.providerId, actor.userId), caseVisibleTo(actor)));
  const today = new Map<string, string>();
  for (const { c } of rows) if (!today.has(c.unitId)) today.set(c.unitId, await todayInUnit(tx, c.unitId));
  const names = await namesOf(
    tx,
    rows.map(({ c }) => c.caseManagerId),
  );
  const caseOf = new Map(rows.map(({ i, c }) => [i.id, c]));
  const views = await interventionViews(
    tx,
    ctx.cipher,
    rows.map(({ i }) => i),
    (i) => today.get(caseOf.get(i.id)?.unitId ?? "") as string,
  );
  const items: MyInterventionT[] = views.map(({ provider: _provider, ...mine }) => {
    const c = caseOf.get(mine.id) as (typeof rows)[number]["c"];
    return {
      ...mine,
      unitId: c.unitId,
      registerNumber: c.registerNumber,
      caseStatus: c.status as MyInterventionT["caseStatus"],
      riskLevel: c.riskLevel as MyInterventionT["riskLevel"],
      caseManager: names.maybe(c.caseManagerId),
    };
  });
  return items.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.targetDate ?? "9999").localeCompare(b.targetDate ?? "9999") ||
      a.id.localeCompare(b.id),
  );
}
