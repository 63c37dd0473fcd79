// Every permission in Teduh, as resource.action strings.
export const PERMISSIONS = [
  "unit.read",
  "unit.manage",
  "user.read",
  "user.manage",
  "settings.manage",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];
