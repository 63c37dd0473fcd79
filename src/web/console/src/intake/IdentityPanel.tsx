// The identity of a complaint (or of a case's client), hidden until asked for; each reveal is recorded in the audit log.
// Once shown on a complaint, it is read again (and logged again) when the complaint changes, e.g. the victim corrected
// their phone through the verification link: an officer must never call the old number from this screen.
import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { useFormatDay } from "../cases/services/useFormatDay";
import { FormError } from "../components/FormError";
import type { ReportIdentityT } from "../contracts";
import { labelOf } from "./labels";

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {value || "—"}
      </Text>
    </div>
  );
}

/**
 * `path` is the reveal endpoint: `/reports/:id/identity` by default, `/cases/:id/identity` on a case. `version`: the
 * complaint's, as refreshed live; a shown identity is read again when it moves.
 */
export function IdentityPanel({ reportId, path, version }: { reportId: string; path?: string; version?: number }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [id, setId] = useState<ReportIdentityT | null>(null);
  const reveal = useMutation({
    mutationFn: () => api<ReportIdentityT>("POST", path ?? `/reports/${reportId}/identity`, {}),
    onSuccess: setId,
  });
  const shownAt = useRef(version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version of the complaint reads it again.
  useEffect(() => {
    if (!id || version === shownAt.current) return;
    shownAt.current = version;
    reveal.mutate();
  }, [version]);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="identity-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="identity-title">
          {t("intake.identity.title")}
        </Title>
        {!id && (
          <>
            <Text size="sm" c="dimmed">
              {t("intake.identity.hidden")}
            </Text>
            <Button
              variant="light"
              onClick={() => {
                shownAt.current = version;
                reveal.mutate();
              }}
              loading={reveal.isPending}
              w="fit-content"
            >
              {t("intake.identity.show")}
            </Button>
            <FormError error={reveal.error} />
          </>
        )}
        {id && (
          <>
            <Alert variant="light" color="yellow" p="xs">
              {t("intake.identity.audited")}
            </Alert>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="identity">
              <Field label={t("intake.fields.victimName")} value={id.victimName} />
              <Field label={t("intake.fields.victimNik")} value={id.victimNik} />
              <Field label={t("intake.fields.victimBirthDate")} value={formatDay(id.victimBirthDate)} />
              <Field label={t("intake.fields.victimPhone")} value={id.victimPhone} />
              <Field label={t("intake.fields.reporterName")} value={id.reporterName} />
              <Field label={t("intake.fields.reporterPhone")} value={id.reporterPhone} />
              <Field label={t("intake.fields.safeTime")} value={id.safeTime} />
              <Field label={t("intake.fields.disabilityType")} value={id.victimDisabilityType} />
              <Field label={t("intake.fields.education")} value={labelOf(t, "education", id.victimEducation)} />
              <Field label={t("intake.fields.occupation")} value={labelOf(t, "occupation", id.victimOccupation)} />
              <Field label={t("intake.fields.maritalStatus")} value={labelOf(t, "marital", id.victimMaritalStatus)} />
              <Field label={t("intake.fields.addressKtp")} value={id.details.victimAddressKtp} />
              <Field label={t("intake.fields.addressDomicile")} value={id.details.victimAddressDomicile} />
              <Field label={t("intake.fields.incidentLocation")} value={id.incidentLocation} />
              <Field label={t("intake.fields.perpetrator")} value={id.perpetrator} />
            </SimpleGrid>
            <Field label={t("intake.fields.chronology")} value={id.chronology} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Field label={t("intake.fields.conditionPhysical")} value={id.details.conditionPhysical} />
              <Field label={t("intake.fields.conditionPsychological")} value={id.details.conditionPsychological} />
              <Field label={t("intake.fields.conditionSocial")} value={id.details.conditionSocial} />
              <Field label={t("intake.fields.conditionSpiritual")} value={id.details.conditionSpiritual} />
              <Field label={t("intake.fields.needs")} value={id.details.needs} />
              <Field label={t("intake.fields.expectations")} value={id.details.expectations} />
            </SimpleGrid>
            {id.closeNote && <Field label={t("intake.fields.closeNote")} value={id.closeNote} />}
          </>
        )}
      </Stack>
    </Card>
  );
}
