// Zod contracts of the people module (auth, users, units, posts, partners, settings), shared with the console.
import { z } from "zod";
import { PARTNER_KINDS, PROFESSIONS, ROLES, TIME_ZONES, UNIT_KINDS } from "../../platform/access/roles.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const Id = z.uuid();
export const IdParams = z.object({ id: Id });

export const Password = z.string().min(10).max(200);
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9._-]+$/);
export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/);
export const Locale = z.enum(["id", "en"]);

// ---- auth -------------------------------------------------------------------------------------
export const SignInBody = z.object({ username: Username, password: z.string().min(1).max(200) });
export const SignInResult = z.object({
  status: z.enum(["signed_in", "totp_required", "totp_enrolment_required"]),
});
export const TotpBody = z.object({ code: TotpCode });
export const SetupStatus = z.object({ needsSetup: z.boolean() });
export const SetupBody = z.object({
  token: text(200),
  username: Username,
  displayName: text(120),
  password: Password,
});
export const ResetPasswordBody = z.object({ token: text(200), password: Password });
export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export const TotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export const UpdateMeBody = z.object({ locale: Locale });

export const RoleGrant = z.object({ role: z.enum(ROLES), unitId: Id.nullable() });
export const RoleGrantView = RoleGrant.extend({ unitName: z.string().nullable() });

export const Me = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  locale: Locale,
  profession: z.enum(PROFESSIONS).nullable(),
  totpEnabled: z.boolean(),
  roles: z.array(RoleGrantView),
  permissions: z.array(z.string()),
  /** Set while the session may only finish two-factor enrolment. */
  mfaEnrolmentRequired: z.boolean(),
  /** A session ends after this many minutes without a request; the console keeps it while the person is at work. */
  sessionIdleMinutes: z.number().int().positive(),
});

// ---- units, posts, partners --------------------------------------------------------------------
export const UnitBody = z.object({
  name: text(160),
  kind: z.enum(UNIT_KINDS),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\d{2})?$/),
  parentId: Id.nullish(),
  timeZone: z.enum(TIME_ZONES),
  address: text(400),
  phone: optionalText(40),
  email: z.email().max(200).nullish(),
});
export const Unit = UnitBody.extend({
  id: Id,
  parentId: Id.nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
});
export const UnitPatch = UnitBody.partial().extend({ active: z.boolean().optional() });

const Latitude = z.number().min(-11.5).max(6.5);
const Longitude = z.number().min(94).max(141.5);
export const PostBody = z.object({
  name: text(160),
  address: text(400),
  latitude: Latitude,
  longitude: Longitude,
  phone: optionalText(40),
});
export const Post = PostBody.extend({ id: Id, unitId: Id, phone: z.string().nullable(), active: z.boolean() });
export const PostPatch = PostBody.partial().extend({ active: z.boolean().optional() });
export const UnitIdParams = z.object({ unitId: Id });

export const PartnerBody = z.object({
  name: text(160),
  kind: z.enum(PARTNER_KINDS),
  address: optionalText(400),
  phone: optionalText(40),
  email: z.email().max(200).nullish(),
  contactPerson: optionalText(120),
});
export const Partner = PartnerBody.extend({
  id: Id,
  unitId: Id,
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  contactPerson: z.string().nullable(),
  active: z.boolean(),
});
export const PartnerPatch = PartnerBody.partial().extend({ active: z.boolean().optional() });

// ---- users -------------------------------------------------------------------------------------
export const UserBody = z.object({
  username: Username,
  displayName: text(120),
  email: z.email().max(200).nullish(),
  phone: optionalText(40),
  profession: z.enum(PROFESSIONS).nullish(),
  partnerId: Id.nullish(),
  roles: z.array(RoleGrant).max(50),
});
export const UserPatch = z.object({
  displayName: text(120).optional(),
  email: z.email().max(200).nullish(),
  phone: optionalText(40),
  profession: z.enum(PROFESSIONS).nullish(),
  partnerId: Id.nullish(),
});
export const RolesBody = z.object({ roles: z.array(RoleGrant).max(50) });
export const User = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  profession: z.enum(PROFESSIONS).nullable(),
  partnerId: Id.nullable(),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  roles: z.array(RoleGrantView),
});
export const UserListQuery = z.object({
  unitId: Id.optional(),
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
});
/** A one-time link the administrator passes on (password set-up or reset). */
export const OneTimeLink = z.object({ url: z.string(), expiresAt: z.string() });
/** Answer to creating a user: the account and the link that lets them set their first password. */
export const CreatedUser = z.object({ user: User, setupLink: OneTimeLink });

// ---- settings ----------------------------------------------------------------------------------
export const SecuritySettings = z.object({ mfaRequiredRoles: z.array(z.enum(ROLES)) });

// ---- audit -------------------------------------------------------------------------------------
export const AuditQuery = z.object({
  action: z.string().trim().max(80).optional(),
  actorId: Id.optional(),
  unitId: Id.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditEvent = z.object({
  seq: z.number(),
  at: z.string(),
  action: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  unitId: Id.nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const AuditPage = z.object({ events: z.array(AuditEvent), nextBefore: z.number().nullable() });
export const AuditVerification = z.object({
  intact: z.boolean(),
  checked: z.number(),
  firstBrokenSeq: z.number().nullable(),
  reason: z.string().nullable(),
});

export type MeT = z.infer<typeof Me>;
export type UnitT = z.infer<typeof Unit>;
export type PostT = z.infer<typeof Post>;
export type PartnerT = z.infer<typeof Partner>;
export type UserT = z.infer<typeof User>;
export type AuditEventT = z.infer<typeof AuditEvent>;
