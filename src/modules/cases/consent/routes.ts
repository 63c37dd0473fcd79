// HTTP adapter of informed consent and the termination form: client links, in-person recording, withdrawal, overviews.
import { defineRoute } from "../../../platform/http/route.js";
import { CaseIdParams } from "../contracts.js";
import * as C from "./contracts.js";
import { createClientLink } from "./create-client-link.js";
import { getConsentOverview } from "./get-consent-overview.js";
import { getTerminationOverview } from "./get-termination-overview.js";
import { markClientLinkSent } from "./mark-client-link-sent.js";
import { recordConsentInPerson } from "./record-consent-in-person.js";
import { recordTerminationInPerson } from "./record-termination-in-person.js";
import { revokeClientLink } from "./revoke-client-link.js";
import { withdrawConsent } from "./withdraw-consent.js";

const tag = "consent";
const manage = { permission: "case.consent.manage" } as const;
const read = { permission: "case.read" } as const;
const params = CaseIdParams;

export const consentRoutes = [
  defineRoute({
    method: "GET",
    path: "/cases/:id/consent",
    tag,
    summary: "A case's consent: current state per purpose, history, links, the texts in force and the unit's partners",
    access: read,
    params,
    response: C.ConsentOverview,
    handler: async ({ ctx, actor, params }) => getConsentOverview(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/consent-links",
    tag,
    summary: "Create a consent link and its code for the client (or guardian); outbox, or returned with a QR code",
    access: manage,
    params,
    body: C.CreateConsentLinkBody,
    response: C.CreatedClientLink,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => createClientLink(ctx, actor, params.id, { kind: "consent", ...body }),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/consent",
    tag,
    summary: "Record consent given in person: a decision per purpose, the signer (guardian for a child) and the signature",
    access: manage,
    params,
    body: C.RecordConsentBody,
    response: C.ConsentOverview,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => recordConsentInPerson(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/consent/withdraw",
    tag,
    summary: "Withdraw the consent currently granted for one purpose, with the reason (sealed)",
    access: manage,
    params,
    body: C.WithdrawConsentBody,
    response: C.ConsentOverview,
    handler: async ({ ctx, actor, params, body }) => withdrawConsent(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "GET",
    path: "/cases/:id/termination",
    tag,
    summary: "A case's signed termination forms with feedback, its termination links and the form text in force",
    access: read,
    params,
    response: C.TerminationOverview,
    handler: async ({ ctx, actor, params }) => getTerminationOverview(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/termination-links",
    tag,
    summary: "Create a termination-form link for the client (case manager, once termination is approved)",
    access: manage,
    params,
    body: C.CreateTerminationLinkBody,
    response: C.CreatedClientLink,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => createClientLink(ctx, actor, params.id, { kind: "termination", ...body }),
  }),
  defineRoute({
    method: "POST",
    path: "/cases/:id/termination",
    tag,
    summary: "Record the termination form signed in person with the feedback; closes the case through the transition table",
    access: manage,
    params,
    body: C.RecordTerminationBody,
    response: C.RecordedTermination,
    status: 201,
    handler: async ({ ctx, actor, params, body }) => recordTerminationInPerson(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: "POST",
    path: "/client-links/:id/sent",
    tag,
    summary: "Mark a client link sent by the officer's own phone",
    access: manage,
    params: C.ClientLinkParams,
    response: C.ClientLink,
    handler: async ({ ctx, actor, params }) => markClientLinkSent(ctx, actor, params.id),
  }),
  defineRoute({
    method: "POST",
    path: "/client-links/:id/revoke",
    tag,
    summary: "Revoke a client link that is not used yet",
    access: manage,
    params: C.ClientLinkParams,
    response: C.ClientLink,
    handler: async ({ ctx, actor, params }) => revokeClientLink(ctx, actor, params.id),
  }),
];
