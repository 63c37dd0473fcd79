// HTTP adapter for staff accounts: list, view, create, edit, roles, disable/enable, password link, two-factor reset.
import { z } from "zod";
import { defineRoute } from "../../../platform/http/route.js";
import * as C from "../contracts.js";
import { createUser } from "./create-user.js";
import { disableUser } from "./disable-user.js";
import { enableUser } from "./enable-user.js";
import { issueResetLink } from "./issue-reset-link.js";
import { getUser, listUsers } from "./list-users.js";
import { resetUserTotp } from "./reset-user-totp.js";
import { setUserRoles } from "./set-user-roles.js";
import { updateUser } from "./update-user.js";

const tag = "users";

export const userRoutes = [
  defineRoute({
    method: "GET",
    path: "/users",
    tag,
    summary: "Staff accounts in the units the user may see",
    access: { permission: "user.read" },
    query: C.UserListQuery,
    response: z.array(C.User),
    handler: async ({ ctx, actor, query }) => listUsers(ctx.database.db, actor, query),
  }),
  defineRoute({
    method: "POST",
    path: "/users",
    tag,
    summary: "Create a staff account; returns a one-time link to set its password",
    access: { permission: "user.manage" },
    body: C.UserBody,
    response: C.CreatedUser,
    status: 201,
    handler: async ({ ctx, actor, body }) => createUser(ctx, actor, body),
  }),
  defineRoute({
    method: "GET",
    path: "/users/:id",
    tag,
    summary: "One staff account",
    access: { permission: "user.read" },
    params: C.IdParams,
    response: C.User,
    handler: async ({ ctx, actor, params }) => getUser(ctx.database.db, actor, params.id),
  }),
  defineRoute({
    method: "PATCH",
    path: "/users/:id",
    tag,
    summary: "Edit a staff account's profile",
    access: { permission: "user.manage" },
    params: C.IdParams,
    body: C.UserPatch,
    response: C.User,
    handler: async ({ ctx, actor, params, body }) => updateUser(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "PUT",
    path: "/users/:id/roles",
    tag,
    summary: "Replace the roles the administrator manages; ends the user's sessions",
    access: { permission: "user.manage" },
    params: C.IdParams,
    body: C.RolesBody,
    response: C.User,
    handler: async ({ ctx, actor, params, body }) => setUserRoles(ctx, actor, params.id, body.roles),
  }),
  defineRoute({
    method: "POST",
    path: "/users/:id/disable",
    tag,
    summary: "Disable a staff account and end its sessions",
    access: { permission: "user.manage" },
    params: C.IdParams,
    response: C.User,
    handler: async ({ ctx, actor, params }) => disableUser(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/users/:id/enable",
    tag,
    summary: "Enable a disabled staff account",
    access: { permission: "user.manage" },
    params: C.IdParams,
    response: C.User,
    handler: async ({ ctx, actor, params }) => enableUser(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/users/:id/reset-link",
    tag,
    summary: "Issue a one-time password link (72 hours) and lift a lock-out",
    access: { permission: "user.manage" },
    params: C.IdParams,
    response: C.OneTimeLink,
    handler: async ({ ctx, actor, params }) => issueResetLink(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/users/:id/reset-totp",
    tag,
    summary: "Turn a staff member's two-factor authentication off",
    access: { permission: "user.manage" },
    params: C.IdParams,
    response: C.User,
    handler: async ({ ctx, actor, params }) => resetUserTotp(ctx, actor, params.id),
  }),
];
