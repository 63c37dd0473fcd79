// Select of the partner agency a service provider belongs to, among the partners of the given units.
import { NativeSelect } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys } from "../api/queries";
import type { PartnerT } from "../contracts";

type Props = { unitIds: string[]; value: string; onChange: (value: string) => void; error?: React.ReactNode };

export function PartnerSelect({ unitIds, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const results = useQueries({
    queries: [...new Set(unitIds)].map((unitId) => ({
      queryKey: keys.partners(unitId),
      queryFn: () => api<PartnerT[]>("GET", `/units/${unitId}/partners`),
    })),
  });
  const partners = results.flatMap((r) => r.data ?? []).filter((p) => p.active || p.id === value);
  return (
    <NativeSelect
      label={t("users.partner")}
      description={t("users.partnerHelp")}
      data={[{ value: "", label: t("users.noPartner") }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}
