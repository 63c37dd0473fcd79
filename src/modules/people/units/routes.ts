// HTTP adapter for units, complaint posts and partner agencies.
import { z } from "zod";
import { defineRoute } from "../../../platform/http/route.js";
import * as C from "../contracts.js";
import { getUnit, listUnits } from "./list-units.js";
import { createPartner, listPartners, updatePartner } from "./partners.js";
import { createPost, listPosts, updatePost } from "./posts.js";
import { createUnit, updateUnit } from "./save-unit.js";

const tag = "units";

export const unitRoutes = [
  defineRoute({
    method: "GET", path: "/units", tag, summary: "Units the user may see",
    access: { permission: "unit.read" }, response: z.array(C.Unit),
    handler: async ({ ctx, actor }) => listUnits(ctx.database.db, actor),
  }),
  defineRoute({
    method: "POST", path: "/units", tag, summary: "Create a unit (installation administrators)",
    access: { permission: "unit.manage" }, body: C.UnitBody, response: C.Unit, status: 201,
    handler: async ({ ctx, actor, body }) => createUnit(ctx, actor, body),
  }),
  defineRoute({
    method: "GET", path: "/units/:id", tag, summary: "One unit",
    access: { permission: "unit.read" }, params: C.IdParams, response: C.Unit,
    handler: async ({ ctx, actor, params }) => getUnit(ctx.database.db, actor, params.id),
  }),
  defineRoute({
    method: "PATCH", path: "/units/:id", tag, summary: "Edit a unit",
    access: { permission: "unit.manage" }, params: C.IdParams, body: C.UnitPatch, response: C.Unit,
    handler: async ({ ctx, actor, params, body }) => updateUnit(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET", path: "/units/:unitId/posts", tag, summary: "Complaint posts of a unit",
    access: { permission: "unit.read" }, params: C.UnitIdParams, response: z.array(C.Post),
    handler: async ({ ctx, actor, params }) => listPosts(ctx, actor, params.unitId),
  }),
  defineRoute({
    method: "POST", path: "/units/:unitId/posts", tag, summary: "Add a complaint post to a unit",
    access: { permission: "unit.manage" }, params: C.UnitIdParams, body: C.PostBody, response: C.Post, status: 201,
    handler: async ({ ctx, actor, params, body }) => createPost(ctx, actor, params.unitId, body),
  }),
  defineRoute({
    method: "PATCH", path: "/posts/:id", tag, summary: "Edit a complaint post",
    access: { permission: "unit.manage" }, params: C.IdParams, body: C.PostPatch, response: C.Post,
    handler: async ({ ctx, actor, params, body }) => updatePost(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET", path: "/units/:unitId/partners", tag, summary: "Partner agencies of a unit",
    access: { permission: "unit.read" }, params: C.UnitIdParams, response: z.array(C.Partner),
    handler: async ({ ctx, actor, params }) => listPartners(ctx, actor, params.unitId),
  }),
  defineRoute({
    method: "POST", path: "/units/:unitId/partners", tag, summary: "Add a partner agency to a unit",
    access: { permission: "unit.manage" }, params: C.UnitIdParams, body: C.PartnerBody, response: C.Partner, status: 201,
    handler: async ({ ctx, actor, params, body }) => createPartner(ctx, actor, params.unitId, body),
  }),
  defineRoute({
    method: "PATCH", path: "/partners/:id", tag, summary: "Edit a partner agency",
    access: { permission: "unit.manage" }, params: C.IdParams, body: C.PartnerPatch, response: C.Partner,
    handler: async ({ ctx, actor, params, body }) => updatePartner(ctx, actor, params.id, body),
  }),
];
