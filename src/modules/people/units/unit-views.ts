// Maps unit, post and partner rows to their API shapes.
import type { PartnerT, PostT, UnitT } from "../contracts.js";
import type { partners, posts, units } from "../schema.js";

export const unitView = (u: typeof units.$inferSelect): UnitT => ({
  id: u.id,
  name: u.name,
  kind: u.kind as UnitT["kind"],
  regionCode: u.regionCode,
  parentId: u.parentId,
  timeZone: u.timeZone as UnitT["timeZone"],
  address: u.address,
  phone: u.phone,
  email: u.email,
  active: u.active,
});

export const postView = (p: typeof posts.$inferSelect): PostT => ({
  id: p.id,
  unitId: p.unitId,
  name: p.name,
  address: p.address,
  latitude: p.latitude,
  longitude: p.longitude,
  phone: p.phone,
  active: p.active,
});

export const partnerView = (p: typeof partners.$inferSelect): PartnerT => ({
  id: p.id,
  unitId: p.unitId,
  name: p.name,
  kind: p.kind as PartnerT["kind"],
  address: p.address,
  phone: p.phone,
  email: p.email,
  contactPerson: p.contactPerson,
  active: p.active,
});
