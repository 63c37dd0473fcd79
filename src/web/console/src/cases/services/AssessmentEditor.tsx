// A draft assessment being written: save with the version loaded (409 keeps the user's text), finalise, see revisions.
import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { ConfirmModal } from "../../components/ConfirmModal";
import { FormError } from "../../components/FormError";
import { labelOf } from "../../intake/labels";
import { applyServerErrors } from "../../lib/forms";
import { AssessmentFields } from "./AssessmentFields";
import { useFinaliseAssessment, useSaveAssessment } from "./assessment-mutations";
import { type AssessmentValues, fromAssessment, toSaveBody } from "./assessmentValues";
import type { AssessmentT } from "./contracts";
import { RevisionsModal } from "./RevisionsModal";
import { StaleNotice } from "./StaleNotice";

type Props = { assessment: AssessmentT; caseId: string; unitId: string; reload: () => Promise<AssessmentT | undefined> };

const isStale = (error: unknown) => error instanceof ApiError && error.code === "services.stale";

export function AssessmentEditor({ assessment, caseId, unitId, reload }: Props) {
  const { t } = useTranslation();
  const form = useForm<AssessmentValues>({ initialValues: fromAssessment(assessment) });
  /** The version this form was loaded from or last saved as: what the server must still hold. */
  const [version, setVersion] = useState(assessment.version);
  const [confirming, setConfirming] = useState(false);
  const [revisions, setRevisions] = useState(false);
  const [reloading, setReloading] = useState(false);
  const save = useSaveAssessment(caseId, assessment.id);
  const finalise = useFinaliseAssessment(caseId, assessment.id);
  const stale = isStale(save.error) || isStale(finalise.error) || assessment.version > version;

  const saveDraft = async (): Promise<number | null> => {
    const values = form.getValues();
    try {
      const saved = await save.mutateAsync(toSaveBody(values, version));
      setVersion(saved.version);
      form.resetDirty(values);
      return saved.version;
    } catch (err) {
      applyServerErrors(form, err, { riskLevel: "riskLevel" });
      return null;
    }
  };
  const onSave = async () => {
    if ((await saveDraft()) !== null) notifications.show({ color: "teal", message: t("services.assessment.saved") });
  };
  const onFinalise = async () => {
    const at = form.isDirty() ? await saveDraft() : version;
    if (at === null) return setConfirming(false);
    finalise.mutate(at, {
      onSuccess: () => notifications.show({ color: "teal", message: t("services.assessment.finalised") }),
      onSettled: () => setConfirming(false),
    });
  };
  const onReload = async () => {
    setReloading(true);
    const fresh = await reload().finally(() => setReloading(false));
    if (!fresh) return;
    form.setValues(fromAssessment(fresh));
    form.resetDirty(fromAssessment(fresh));
    setVersion(fresh.version);
    save.reset();
    finalise.reset();
  };
  const risk = form.values.riskLevel;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="assessment-editor-title" data-testid="assessment-editor">
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} fz="md" id="assessment-editor-title">
              {t(assessment.previousId ? "services.assessment.reassessment" : "services.assessment.first")}
            </Title>
            <Badge variant="light" color="yellow" data-testid="assessment-status">
              {t("services.assessment.status.draft")}
            </Badge>
          </Group>
          <Button variant="subtle" size="xs" onClick={() => setRevisions(true)} data-testid="assessment-revisions-open">
            {t("services.assessment.revisions")}
          </Button>
        </Group>
        {stale && <StaleNotice testId="assessment-stale" loading={reloading} onReload={onReload} />}
        <AssessmentFields form={form} />
        {!isStale(save.error) && <FormError error={save.error} />}
        {!isStale(finalise.error) && <FormError error={finalise.error} />}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {form.isDirty() ? t("services.assessment.unsaved") : t("services.assessment.savedVersion", { version })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onSave} loading={save.isPending} data-testid="assessment-save">
              {t("services.assessment.save")}
            </Button>
            <Button onClick={() => setConfirming(true)} disabled={!risk} data-testid="assessment-finalise">
              {t("services.assessment.finalise")}
            </Button>
          </Group>
        </Group>
        {!risk && (
          <Text size="xs" c="dimmed" ta="right">
            {t("services.assessment.riskFirst")}
          </Text>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t("services.assessment.finaliseTitle")}
        message={t("services.assessment.finaliseMessage", { risk: labelOf(t, "risk", risk) })}
        confirmLabel={t("services.assessment.finalise")}
        color="teduh"
        loading={save.isPending || finalise.isPending}
        onConfirm={onFinalise}
        onClose={() => setConfirming(false)}
      />
      <RevisionsModal assessmentId={assessment.id} unitId={unitId} opened={revisions} onClose={() => setRevisions(false)} />
    </Card>
  );
}
