// HTTP adapter of case services: assessments, the service plan, interventions and their sessions, monitoring, police-report deadline.
import { z } from "zod";
import { defineRoute } from "../../../platform/http/route.js";
import { CaseIdParams } from "../contracts.js";
import { agreeServicePlan } from "./agree-service-plan.js";
import { attachmentRoutes } from "./attachment-routes.js";
import * as C from "./contracts.js";
import { createAssessment } from "./create-assessment.js";
import { finaliseAssessment } from "./finalise-assessment.js";
import { getIntervention } from "./get-intervention.js";
import { getMonitoring } from "./get-monitoring.js";
import { getServicePlan } from "./get-service-plan.js";
import { listAssessmentRevisions } from "./list-assessment-revisions.js";
import { listAssessments } from "./list-assessments.js";
import { listMyInterventions } from "./list-my-interventions.js";
import { listProviderChoices } from "./list-provider-choices.js";
import { recordSession } from "./record-session.js";
import { resolvePoliceReport } from "./resolve-police-report.js";
import { saveAssessment } from "./save-assessment.js";
import { saveServicePlan } from "./save-service-plan.js";
import { setInterventionStatus } from "./set-intervention-status.js";

const tag = "case-services";
const read = { permission: "case.services.read" } as const;
const assess = { permission: "case.assess" } as const;
const plan = { permission: "case.plan" } as const;
const params = CaseIdParams;

export const caseServicesRoutes = [
  defineRoute({
    method: "GET",
    path: "/cases/:id/assessments",
    tag,
    summary: "A case's assessments, newest first (the draft under way, re-assessments linked by previousId)",
    access: read,
    params,
    response: z.array(C.Assessment),
    handler: async ({ ctx, actor, params }) => listAssessments(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/assessments",
    tag,
    summary: "Start a draft assessment; when a final one exists it is the re-assessment, prefilled from it",
    access: assess,
    params,
    body: C.CreateAssessmentBody,
    response: C.Assessment,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => createAssessment(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "PUT",
    path: "/assessments/:id",
    tag,
    summary: "Save a draft assessment with the version loaded; a stale version is refused with 409 and nothing is written",
    access: assess,
    params: C.AssessmentIdParams,
    body: C.SaveAssessmentBody,
    response: C.Assessment,
    handler: async ({ ctx, actor, params, body }) => saveAssessment(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/assessments/:id/finalise",
    tag,
    summary: "Finalise a draft: its risk level becomes the case's and sets the next review date",
    access: assess,
    params: C.AssessmentIdParams,
    body: C.FinaliseAssessmentBody,
    response: C.Assessment,
    handler: async ({ ctx, actor, params, body }) => finaliseAssessment(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/assessments/:id/revisions",
    tag,
    summary: "Every saved version of an assessment, newest first",
    access: read,
    params: C.AssessmentIdParams,
    response: z.array(C.AssessmentRevision),
    handler: async ({ ctx, actor, params }) => listAssessmentRevisions(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/service-plan",
    tag,
    summary: "A case's service plan: agreement and every intervention (version 0 when none is saved yet)",
    access: read,
    params,
    response: C.ServicePlan,
    handler: async ({ ctx, actor, params }) => getServicePlan(ctx, actor, params.id),
  }),
  defineRoute({
    method: "PUT",
    path: "/cases/:id/service-plan",
    tag,
    summary: "Save the whole service plan with the version loaded (0 for the first); clears the client's agreement",
    access: plan,
    params,
    body: C.SavePlanBody,
    response: C.ServicePlan,
    handler: async ({ ctx, actor, params, body }) => saveServicePlan(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/service-plan/agree",
    tag,
    summary: "Record the client's (or guardian's) agreement to the plan at its current version",
    access: plan,
    params,
    body: C.AgreePlanBody,
    response: C.ServicePlan,
    handler: async ({ ctx, actor, params, body }) => agreeServicePlan(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/service-providers",
    tag,
    summary: "Providers active in the case's unit who may be made responsible, with the service types they fit",
    access: plan,
    params,
    response: z.array(C.ProviderChoice),
    handler: async ({ ctx, actor, params }) => listProviderChoices(ctx, actor, params.id),
  }),
  defineRoute({
    method: "GET",
    path: "/interventions/mine",
    tag,
    summary: "The provider's worklist: only the interventions they hold, without the client's identity",
    access: { permission: "intervention.record" },
    response: z.array(C.MyIntervention),
    handler: async ({ ctx, actor }) => listMyInterventions(ctx, actor),
  }),
  defineRoute({
    method: "GET",
    path: "/interventions/:id",
    tag,
    summary: "One intervention with its sessions: for its provider, the case manager, head and supervisors (404 for others)",
    access: { permission: "case.read" },
    params: C.InterventionIdParams,
    response: C.InterventionDetail,
    handler: async ({ ctx, actor, params }) => getIntervention(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/interventions/:id/sessions",
    tag,
    summary: "Record a session (intervention form): date, what was done, result, follow-up; its provider or the case manager",
    access: { permission: "intervention.record" },
    params: C.InterventionIdParams,
    body: C.SessionBody,
    response: C.InterventionSession,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => recordSession(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "PATCH",
    path: "/interventions/:id",
    tag,
    summary:
      "Change an intervention's status with the version loaded (provider: start, complete; case manager: also cancel, reopen)",
    access: { permission: "case.read" },
    params: C.InterventionIdParams,
    body: C.InterventionStatusBody,
    response: C.Intervention,
    handler: async ({ ctx, actor, params, body }) => setInterventionStatus(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/monitoring",
    tag,
    summary: "Monitoring: interventions' states and overdue items, next review date, police-report deadline (sexual violence)",
    access: read,
    params,
    response: C.Monitoring,
    handler: async ({ ctx, actor, params }) => getMonitoring(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/police-report/meet",
    tag,
    summary: "Record that the police report was made (time, optional reference sealed)",
    access: plan,
    params,
    body: C.MeetPoliceReportBody,
    response: C.PoliceReport,
    handler: async ({ ctx, actor, params, body }) => resolvePoliceReport(ctx, actor, params.id, { kind: "met", ...body }),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/police-report/waive",
    tag,
    summary: "Waive the police-report deadline with a reason (sealed)",
    access: plan,
    params,
    body: C.WaivePoliceReportBody,
    response: C.PoliceReport,
    handler: async ({ ctx, actor, params, body }) => resolvePoliceReport(ctx, actor, params.id, { kind: "waived", ...body }),
  }),
  ...attachmentRoutes,
];
