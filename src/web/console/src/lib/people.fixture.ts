// Signed-in people for the console's permission tests: roles in two units, the session's permissions from the policy table.
import { type MeT, roleGrants } from "../contracts";
import { PERMISSIONS } from "./access";

export const JEMBER = "11111111-1111-4111-8111-111111111111";
export const SURABAYA = "22222222-2222-4222-8222-222222222222";
export const ME_ID = "33333333-3333-4333-8333-333333333333";

/**
 * A person with these grants; the session lists the console's permissions they grant (as the server's /me does), or
 * `permissions` as given (a session still finishing two-factor enrolment lists none).
 */
export function personWith(
  roles: MeT["roles"],
  permissions: string[] = Object.values(PERMISSIONS).filter((p) => roles.some((g) => roleGrants(g.role, p))),
): MeT {
  return {
    id: ME_ID,
    username: "nur",
    displayName: "Nur Hidayati",
    locale: "id",
    profession: null,
    totpEnabled: false,
    roles,
    permissions,
    mfaEnrolmentRequired: false,
    sessionIdleMinutes: 30,
  };
}
