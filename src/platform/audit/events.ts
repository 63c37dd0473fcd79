// The audit event names Teduh writes: one list (modules contribute theirs), so a reader sees everything recorded.
import { CASE_AUDIT_ACTIONS } from "../../modules/cases/audit-actions.js";
import { CASE_FILE_AUDIT_ACTIONS } from "../../modules/cases/case-file/audit-actions.js";
import { CONSENT_AUDIT_ACTIONS } from "../../modules/cases/consent/audit-actions.js";
import { SERVICES_AUDIT_ACTIONS } from "../../modules/cases/services/audit-actions.js";
import { REPORT_AUDIT_ACTIONS } from "../../modules/reports/audit-actions.js";

export const AUDIT_ACTIONS = [
  "setup.completed",
  "auth.signed_in",
  "auth.sign_in_failed",
  "auth.locked_out",
  "auth.totp_failed",
  "auth.signed_out",
  "auth.signed_out_everywhere",
  "auth.password_changed",
  "auth.password_reset",
  "auth.totp_enrolled",
  "unit.created",
  "unit.updated",
  "post.created",
  "post.updated",
  "partner.created",
  "partner.updated",
  "user.created",
  "user.updated",
  "user.roles_changed",
  "user.disabled",
  "user.enabled",
  "user.reset_link_issued",
  "user.totp_reset",
  "settings.updated",
  ...REPORT_AUDIT_ACTIONS,
  ...CASE_AUDIT_ACTIONS,
  ...CASE_FILE_AUDIT_ACTIONS,
  ...CONSENT_AUDIT_ACTIONS,
  ...SERVICES_AUDIT_ACTIONS,
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  action: AuditAction;
  actorId: string | null;
  unitId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Ids and codes only: never a name, a password or an identity field. */
  details?: Record<string, unknown>;
}
