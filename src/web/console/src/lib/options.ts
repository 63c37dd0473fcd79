// Translated option lists for the selects, built from the shared constants.
import type { TFunction } from "i18next";
import { PARTNER_KINDS, PROFESSIONS, ROLES, TIME_ZONES, UNIT_KINDS, type UnitT } from "../contracts";
import { timeZoneAbbreviation } from "./datetime";

export type Option = { value: string; label: string };

export const roleOptions = (t: TFunction): Option[] => ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
export const professionOptions = (t: TFunction): Option[] => PROFESSIONS.map((p) => ({ value: p, label: t(`professions.${p}`) }));
export const partnerKindOptions = (t: TFunction): Option[] =>
  PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKinds.${k}`) }));
export const unitKindOptions = (t: TFunction): Option[] => UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }));

/** "WIB — Waktu Indonesia Barat (Asia/Jakarta)". */
export function timeZoneLabel(t: TFunction, zone: string): string {
  const abbr = timeZoneAbbreviation(zone);
  return t("timeZones.label", { abbr, name: t(`timeZones.${abbr}`), zone });
}

export const timeZoneOptions = (t: TFunction): Option[] => TIME_ZONES.map((z) => ({ value: z, label: timeZoneLabel(t, z) }));

export const unitOptions = (units: UnitT[] | undefined): Option[] =>
  (units ?? []).map((u) => ({ value: u.id, label: u.active ? u.name : `${u.name} (—)` }));
