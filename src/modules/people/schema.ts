// Tables of the people module: units, complaint posts, partner agencies, users, role grants, sessions, links.
import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const units = pgTable("units", {
  id: id(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  regionCode: text("region_code").notNull(),
  parentId: uuid("parent_id"),
  timeZone: text("time_zone").notNull(),
  address: text("address").notNull(),
  phone: text("phone"),
  email: text("email"),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
});

export const posts = pgTable(
  "complaint_posts",
  {
    id: id(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    name: text("name").notNull(),
    address: text("address").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    phone: text("phone"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("complaint_posts_unit_idx").on(t.unitId)],
);

export const partners = pgTable(
  "partner_agencies",
  {
    id: id(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    contactPerson: text("contact_person"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("partner_agencies_unit_idx").on(t.unitId)],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    profession: text("profession"),
    partnerId: uuid("partner_id").references(() => partners.id),
    passwordHash: text("password_hash"),
    locale: text("locale").notNull().default("id"),
    disabled: boolean("disabled").notNull().default(false),
    /** Encrypted TOTP secret (platform/crypto envelope); confirmed once totp_enabled is true. */
    totpSecret: text("totp_secret"),
    totpEnabled: boolean("totp_enabled").notNull().default(false),
    /** Last accepted TOTP time step, so a code is never accepted twice. */
    totpLastStep: integer("totp_last_step"),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_username_idx").on(t.username)],
);

export const roleGrants = pgTable(
  "role_grants",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role").notNull(),
    /** Null only for an installation-wide administrator. */
    unitId: uuid("unit_id").references(() => units.id),
  },
  (t) => [
    uniqueIndex("role_grants_unique_idx").on(
      t.userId,
      t.role,
      sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000')`,
    ),
    index("role_grants_unit_idx").on(t.unitId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** 'full' or 'totp_pending' (password accepted, second factor awaited) or 'enrolment_only'. */
    stage: text("stage").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One-time links: first-administrator setup and password set/reset. Only the token's hash is kept. */
export const oneTimeTokens = pgTable("one_time_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  purpose: text("purpose").notNull(),
  userId: uuid("user_id").references(() => users.id),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Fixed-window counters for rate limits shared by every server process. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
});
