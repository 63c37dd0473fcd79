// HTTP adapter for the installation's security settings (installation administrators only).
import { defineRoute } from "../../platform/http/route.js";
import * as C from "./contracts.js";
import { readSecuritySettings, updateSecuritySettings } from "./security-settings.js";

const tag = "settings";

export const settingsRoutes = [
  defineRoute({
    method: "GET",
    path: "/settings/security",
    tag,
    summary: "Which roles must use two-factor authentication",
    access: { permission: "settings.manage" },
    response: C.SecuritySettings,
    handler: async ({ ctx, actor }) => readSecuritySettings(ctx.database.db, actor),
  }),
  defineRoute({
    method: "PUT",
    path: "/settings/security",
    tag,
    summary: "Change which roles must use two-factor authentication",
    access: { permission: "settings.manage" },
    body: C.SecuritySettings,
    response: C.SecuritySettings,
    handler: async ({ ctx, actor, body }) => updateSecuritySettings(ctx, actor, body),
  }),
];
