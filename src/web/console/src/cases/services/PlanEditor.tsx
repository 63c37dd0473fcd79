// The service plan being edited: its open interventions and new ones, saved whole with the plan's version (409 keeps the edits).
import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { usePartners } from "../../api/queries";
import { FormError } from "../../components/FormError";
import i18n from "../../i18n";
import { applyServerErrors, zodValidate } from "../../lib/forms";
import { SavePlanBody, type ServicePlanT } from "./contracts";
import { PlanInterventionRow } from "./PlanInterventionRow";
import { useSavePlan } from "./plan-mutations";
import { fromPlan, newRow, type PlanValues, toPlanBody } from "./planValues";
import { useProviderChoices } from "./queries";
import { StaleNotice } from "./StaleNotice";

type Props = {
  plan: ServicePlanT;
  unitId: string;
  reload: () => Promise<ServicePlanT | undefined>;
  onDone: () => void;
};

const checkBody = zodValidate(SavePlanBody, (v: PlanValues) => toPlanBody(v, 0));

/** The contract's checks, with "choose" and "required" where an empty provider or date would read as a bad format. */
function validate(values: PlanValues) {
  const errors = checkBody(values);
  values.interventions.forEach((row, i) => {
    if (!row.providerId) errors[`interventions.${i}.providerId`] = i18n.t("validation.choose");
    if (!row.targetDate) errors[`interventions.${i}.targetDate`] = i18n.t("validation.required");
  });
  return errors;
}

export function PlanEditor({ plan, unitId, reload, onDone }: Props) {
  const { t } = useTranslation();
  const initial = fromPlan(plan);
  const form = useForm<PlanValues>({
    initialValues: initial.interventions.length ? initial : { interventions: [newRow()] },
    validate,
  });
  const [version, setVersion] = useState(plan.version);
  const [reloading, setReloading] = useState(false);
  const providers = useProviderChoices(plan.caseId, true);
  const partners = usePartners(unitId);
  const save = useSavePlan(plan.caseId);
  const stale = (save.error instanceof ApiError && save.error.code === "services.stale") || plan.version > version;

  const submit = (values: PlanValues) =>
    save.mutate(toPlanBody(values, version), {
      onSuccess: () => {
        notifications.show({ color: "teal", message: t("services.plan.saved") });
        onDone();
      },
      onError: (err) => applyServerErrors(form, err),
    });
  const onReload = async () => {
    setReloading(true);
    const fresh = await reload().finally(() => setReloading(false));
    if (!fresh) return;
    form.setValues(fromPlan(fresh));
    form.resetDirty();
    setVersion(fresh.version);
    save.reset();
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="plan-editor-title" data-testid="plan-editor">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Title order={2} fz="md" id="plan-editor-title">
            {t(plan.version ? "services.plan.editTitle" : "services.plan.createTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("services.plan.editHelp")}
          </Text>
          {stale && <StaleNotice testId="plan-stale" loading={reloading} onReload={onReload} />}
          {providers.error && <FormError error={providers.error} />}
          {providers.data?.length === 0 && (
            <Alert color="yellow" variant="light">
              {t("services.plan.noProviders")}
            </Alert>
          )}
          {form.values.interventions.map((row, index) => (
            <PlanInterventionRow
              key={row.key}
              form={form}
              index={index}
              providers={providers.data ?? []}
              partners={partners.data ?? []}
            />
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() => form.insertListItem("interventions", newRow())}
            data-testid="plan-add-row"
          >
            {t("services.plan.addRow")}
          </Button>
          {plan.agreedAt && (
            <Text size="sm" c="var(--mantine-color-orange-light-color)">
              {t("services.plan.clearsAgreement")}
            </Text>
          )}
          {!stale && <FormError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="plan-save">
              {t("services.plan.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
