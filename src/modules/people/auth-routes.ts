// HTTP adapter for setup, sign-in, two-factor, sign-out, password and the user's own profile.
import { defineRoute } from "../../platform/http/route.js";
import { changePassword } from "./change-password.js";
import * as C from "./contracts.js";
import { confirmTotpEnrolment, startTotpEnrolment } from "./enrol-totp.js";
import { getMe, updateMyLocale } from "./get-me.js";
import { resetPassword } from "./reset-password.js";
import { clearSessionCookie, setSessionCookie } from "./sessions.js";
import { completeSetup, needsSetup } from "./setup-first-admin.js";
import { signIn } from "./sign-in.js";
import { signOut, signOutEverywhere } from "./sign-out.js";
import { verifySignInCode } from "./verify-sign-in-code.js";

const tag = "auth";
/** Sign-in and link attempts per address: generous enough for a whole office behind one address. */
const signInLimit = { name: "sign-in", max: 30, windowSeconds: 60 };
const linkLimit = { name: "one-time-link", max: 10, windowSeconds: 60 };
const anyStage = ["totp_pending", "enrolment_only"] as ("totp_pending" | "enrolment_only")[];

export const authRoutes = [
  defineRoute({
    method: "GET",
    path: "/setup",
    tag,
    summary: "Whether the first administrator still has to be set up",
    access: { public: true },
    response: C.SetupStatus,
    handler: async ({ ctx }) => ({ needsSetup: await needsSetup(ctx.database.db) }),
  }),
  defineRoute({
    method: "POST",
    path: "/setup",
    tag,
    summary: "Create the first administrator with the one-time setup link",
    access: { public: true },
    body: C.SetupBody,
    response: C.SignInResult,
    status: 201,
    rateLimit: linkLimit,
    handler: async ({ ctx, body, request, reply }) => {
      setSessionCookie(request, reply, ctx, await completeSetup(ctx, body));
      return { status: "signed_in" };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/auth/sign-in",
    tag,
    summary: "Sign in with username and password",
    access: { public: true },
    body: C.SignInBody,
    response: C.SignInResult,
    rateLimit: signInLimit,
    handler: async ({ ctx, body, request, reply }) => {
      const outcome = await signIn(ctx, body);
      setSessionCookie(request, reply, ctx, outcome.token);
      return { status: outcome.status };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/auth/totp",
    tag,
    summary: "Finish sign-in with a two-factor code",
    access: { authenticated: true, partialSessions: ["totp_pending"] },
    body: C.TotpBody,
    response: C.SignInResult,
    rateLimit: signInLimit,
    handler: async ({ ctx, actor, body, request, reply }) => {
      if (actor.stage === "full") return { status: "signed_in" };
      setSessionCookie(request, reply, ctx, await verifySignInCode(ctx, actor, body.code));
      return { status: "signed_in" };
    },
  }),
  defineRoute({
    method: "POST",
    path: "/auth/reset-password",
    tag,
    summary: "Set a password with a one-time link",
    access: { public: true },
    body: C.ResetPasswordBody,
    status: 204,
    rateLimit: linkLimit,
    handler: async ({ ctx, body }) => resetPassword(ctx, body),
  }),
  defineRoute({
    method: "POST",
    path: "/auth/sign-out",
    tag,
    summary: "End this session",
    access: { authenticated: true, partialSessions: anyStage },
    status: 204,
    handler: async ({ ctx, actor, reply }) => {
      await signOut(ctx, actor);
      clearSessionCookie(reply);
    },
  }),
  defineRoute({
    method: "POST",
    path: "/auth/sign-out-everywhere",
    tag,
    summary: "End every session of this user",
    access: { authenticated: true, partialSessions: ["enrolment_only"] },
    status: 204,
    handler: async ({ ctx, actor, reply }) => {
      await signOutEverywhere(ctx, actor);
      clearSessionCookie(reply);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/me",
    tag,
    summary: "The signed-in user, roles and permissions",
    access: { authenticated: true, partialSessions: ["enrolment_only"] },
    response: C.Me,
    handler: async ({ ctx, actor }) => getMe(ctx, actor),
  }),
  defineRoute({
    method: "PATCH",
    path: "/me",
    tag,
    summary: "Change the user's language",
    access: { authenticated: true, partialSessions: ["enrolment_only"] },
    body: C.UpdateMeBody,
    response: C.Me,
    handler: async ({ ctx, actor, body }) => updateMyLocale(ctx, actor, body.locale),
  }),
  defineRoute({
    method: "POST",
    path: "/me/password",
    tag,
    summary: "Change the user's own password",
    access: { authenticated: true },
    body: C.ChangePasswordBody,
    status: 204,
    rateLimit: signInLimit,
    handler: async ({ ctx, actor, body }) => changePassword(ctx, actor, body),
  }),
  defineRoute({
    method: "POST",
    path: "/me/totp/start",
    tag,
    summary: "Start two-factor enrolment: a new secret and QR code",
    access: { authenticated: true, partialSessions: ["enrolment_only"] },
    response: C.TotpEnrolment,
    handler: async ({ ctx, actor }) => startTotpEnrolment(ctx, actor),
  }),
  defineRoute({
    method: "POST",
    path: "/me/totp/confirm",
    tag,
    summary: "Confirm two-factor enrolment with a code",
    access: { authenticated: true, partialSessions: ["enrolment_only"] },
    body: C.TotpBody,
    response: C.Me,
    rateLimit: signInLimit,
    handler: async ({ ctx, actor, body, request, reply }) => {
      const token = await confirmTotpEnrolment(ctx, actor, body.code);
      if (token) setSessionCookie(request, reply, ctx, token);
      return getMe(ctx, { ...actor, stage: "full" });
    },
  }),
];
