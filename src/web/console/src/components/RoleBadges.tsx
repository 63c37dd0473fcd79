// A person's role grants as badges: "Supervisor · UPTD PPA Kota X".
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../contracts";

type Grant = { role: Role; unitId: string | null; unitName: string | null };

export function RoleBadges({ roles }: { roles: Grant[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <>—</>;
  return (
    <Group gap={4}>
      {roles.map((g) => (
        <Badge key={`${g.role}|${g.unitId}`} variant="light" color={g.role === "admin" ? "grape" : "teduh"} tt="none">
          {t(`roles.${g.role}`)} · {g.unitId ? (g.unitName ?? t("units.unknown")) : t("units.wholeInstallation")}
        </Badge>
      ))}
    </Group>
  );
}
