// One intervention of the plan being edited: service type, a responsible provider who fits it, target date, goal.
import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { PartnerT } from "../../contracts";
import { SERVICE_TYPES } from "./contracts";
import { INTERVENTION_STATUS_COLOURS, providerLabel, serviceLabel, statusLabel } from "./labels";
import type { PlanValues } from "./planValues";
import type { ProviderChoiceT } from "./queries";

type Props = {
  form: UseFormReturnType<PlanValues>;
  index: number;
  providers: ProviderChoiceT[];
  partners: PartnerT[];
};

export function PlanInterventionRow({ form, index, providers, partners }: Props) {
  const { t } = useTranslation();
  const row = form.values.interventions[index];
  if (!row) return null;
  const path = (field: string) => `interventions.${index}.${field}`;
  const partnerName = (id: string | null) => partners.find((p) => p.id === id)?.name;
  const fits = (p: ProviderChoiceT | undefined, type: string) =>
    Boolean(p && (p.serviceTypes as readonly string[]).includes(type));
  const fitting = providers.filter((p) => p.id === row.providerId || fits(p, row.serviceType));
  const providerOptions = fitting.map((p) => {
    const partner = partnerName(p.partnerId);
    return { value: p.id, label: partner ? `${providerLabel(t, p)} · ${partner}` : providerLabel(t, p) };
  });
  const changeType = (value: string) => {
    form.setFieldValue(path("serviceType"), value);
    if (
      !fits(
        providers.find((p) => p.id === row.providerId),
        value,
      )
    )
      form.setFieldValue(path("providerId"), "");
  };
  return (
    <Paper withBorder p="sm" data-testid="plan-edit-row">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t("services.plan.intervention", { number: index + 1 })}
            </Text>
            {row.id && (
              <Badge size="xs" variant="light" color={INTERVENTION_STATUS_COLOURS[row.status]}>
                {statusLabel(t, row.status)}
              </Badge>
            )}
          </Group>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => form.removeListItem("interventions", index)}
            data-testid="plan-remove-row"
          >
            {t(row.id && (row.locked || row.status !== "planned") ? "services.plan.cancelRow" : "services.plan.removeRow")}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t("services.plan.serviceType")}
            required
            disabled={row.locked}
            data={[
              { value: "", label: t("services.plan.chooseType") },
              ...SERVICE_TYPES.map((s) => ({ value: s, label: serviceLabel(t, s) })),
            ]}
            data-testid="plan-service-type"
            {...form.getInputProps(path("serviceType"))}
            onChange={(e) => changeType(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("services.plan.provider")}
            required
            disabled={row.locked || !row.serviceType}
            description={row.serviceType && providerOptions.length === 0 ? t("services.plan.noProvider") : undefined}
            data={[{ value: "", label: t("services.plan.chooseProvider") }, ...providerOptions]}
            data-testid="plan-provider"
            {...form.getInputProps(path("providerId"))}
          />
          <TextInput
            type="date"
            label={t("services.plan.targetDate")}
            required
            data-testid="plan-target-date"
            {...form.getInputProps(path("targetDate"))}
          />
        </SimpleGrid>
        {row.locked && (
          <Text size="xs" c="dimmed">
            {t("services.plan.lockedHelp")}
          </Text>
        )}
        <Textarea
          label={t("services.plan.goal")}
          required
          autosize
          minRows={2}
          maxLength={2000}
          data-testid="plan-goal"
          {...form.getInputProps(path("goal"))}
        />
      </Stack>
    </Paper>
  );
}
