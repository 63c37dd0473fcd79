// Form values of role grants (role + unit) and their conversion to the API's RoleGrant list.
import type { FormErrors } from "@mantine/form";
import type { Role } from "../contracts";
import i18n from "../i18n";

export type GrantValue = { role: string; unitId: string };

export const emptyGrant = (): GrantValue => ({ role: "", unitId: "" });

export function toGrants(values: GrantValue[]): { role: Role; unitId: string | null }[] {
  return values.map((g) => ({ role: g.role as Role, unitId: g.unitId || null }));
}

export function fromGrants(grants: { role: Role; unitId: string | null }[]): GrantValue[] {
  return grants.map((g) => ({ role: g.role, unitId: g.unitId ?? "" }));
}

/** Only an administrator may hold a role for the whole installation; the same grant may not repeat. */
export function grantErrors(values: GrantValue[]): FormErrors {
  const errors: FormErrors = {};
  const seen = new Set<string>();
  values.forEach((g, i) => {
    if (!g.role) errors[`roles.${i}.role`] = i18n.t("validation.choose");
    else if (g.role !== "admin" && !g.unitId) errors[`roles.${i}.unitId`] = i18n.t("validation.unitRequired");
    const key = `${g.role}|${g.unitId}`;
    if (g.role && seen.has(key)) errors[`roles.${i}.role`] = i18n.t("validation.duplicateGrant");
    seen.add(key);
  });
  return errors;
}

export const hasServiceProvider = (values: GrantValue[]): boolean => values.some((g) => g.role === "service_provider");

/** A service provider must say which profession they practise. */
export function professionErrors(values: { roles: GrantValue[]; profession: string }): FormErrors {
  return hasServiceProvider(values.roles) && !values.profession ? { profession: i18n.t("validation.choose") } : {};
}
