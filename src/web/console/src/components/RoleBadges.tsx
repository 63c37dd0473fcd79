// A person's role grants as badges: "Supervisor · UPTD PPA Kota X", wrapping on a narrow screen rather than overflowing it.
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../contracts";

type Grant = { role: Role; unitId: string | null; unitName: string | null };

/** A grant names a role and a unit ("Petugas penerima pengaduan · UPTD PPA Kabupaten Jember"): on a phone it takes two lines. */
const WRAPPING = { root: { height: "auto", maxWidth: "100%", paddingBlock: 2 }, label: { whiteSpace: "normal" as const } };

export function RoleBadges({ roles }: { roles: Grant[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <>—</>;
  return (
    <Group gap={4}>
      {roles.map((g) => (
        <Badge
          key={`${g.role}|${g.unitId}`}
          variant="light"
          color={g.role === "admin" ? "grape" : "teduh"}
          tt="none"
          styles={WRAPPING}
        >
          {t(`roles.${g.role}`)} · {g.unitId ? (g.unitName ?? t("units.unknown")) : t("units.wholeInstallation")}
        </Badge>
      ))}
    </Group>
  );
}
