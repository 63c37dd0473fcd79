// One case: status and register number with its marks, then its tabs (CaseTabs).
import { Anchor, Badge, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { labelOf, RISK_COLOURS } from "../intake/labels";
import { useCase } from "./api";
import { CaseTabs } from "./CaseTabs";
import { CASE_STATUS_COLOURS } from "./labels";

export function CasePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const query = useCase(id);
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorNotice error={query.error} />;
  const c = query.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={
          c.registerNumber
            ? t("cases.page.title", { number: c.registerNumber })
            : t("cases.page.complaintTitle", { code: c.trackingCode })
        }
        actions={
          <Anchor component={Link} to="/cases" size="sm">
            {t("cases.page.back")}
          </Anchor>
        }
      />
      <Group gap="xs">
        <Badge color={CASE_STATUS_COLOURS[c.status]} data-testid="case-status">
          {t(`cases.status.${c.status}`)}
        </Badge>
        {c.inDanger && <Badge color="red">{t("intake.queue.inDanger")}</Badge>}
        {c.riskLevel && (
          <Badge variant="light" color={RISK_COLOURS[c.riskLevel]}>
            {t("intake.report.riskBadge", { level: labelOf(t, "risk", c.riskLevel) })}
          </Badge>
        )}
      </Group>
      <CaseTabs detail={c} />
    </Stack>
  );
}
