// Whether the client agreed to the plan as it stands (how, by whom, recorded by whom), and the button to record it.
import { Alert, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../lib/useFormatDate";
import { AgreeModal } from "./AgreeModal";
import type { ServicePlanT } from "./contracts";

type Props = { plan: ServicePlanT; unitId: string; canRecord: boolean };

export function PlanAgreement({ plan, unitId, canRecord }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState(false);
  if (plan.version === 0) return null;
  const active = plan.interventions.some((i) => i.status !== "cancelled");
  return (
    <>
      {plan.agreedAt ? (
        <Alert color="teal" variant="light" title={t("services.plan.agreed")} data-testid="plan-agreement" data-agreed="true">
          <Text size="sm">
            {t("services.plan.agreedDetail", {
              by: t(`services.agreedBy.${plan.agreedBy}`),
              via: t(`services.agreedVia.${plan.agreedVia}`),
              at: formatDate(plan.agreedAt, unitId),
              recorder: plan.agreedRecordedBy?.displayName ?? "—",
            })}
          </Text>
        </Alert>
      ) : (
        <Alert
          color="yellow"
          variant="light"
          title={t("services.plan.notAgreed")}
          data-testid="plan-agreement"
          data-agreed="false"
        >
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t("services.plan.notAgreedHelp")}</Text>
            {canRecord && active && (
              <Button size="xs" onClick={() => setOpen(true)} data-testid="plan-agree">
                {t("services.plan.agree")}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {open && <AgreeModal plan={plan} onClose={() => setOpen(false)} />}
    </>
  );
}
