// The signed termination forms of a case with the client's feedback (ratings per question and comments, or declined).
import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Fact } from "../../components/Fact";
import { useFormatDate } from "../../lib/useFormatDate";
import { SURVEY_QUESTIONS, type TerminationFormT } from "./contracts";
import { signerLabel } from "./labels";

export function TerminationForms({ forms, unitId }: { forms: TerminationFormT[]; unitId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (forms.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("consent.termination.empty")}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {forms.map((f) => (
        <Paper key={f.id} withBorder p="sm" data-testid="termination-form">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Fact label={t("consent.termination.signedAt")}>{formatDate(f.signedAt, unitId)}</Fact>
              <Fact label={t("consent.termination.signedBy")}>
                {signerLabel(t, f.signedBy, f.guardianRelationship)} · {t(`consent.signer.kinds.${f.signatureKind}`)} ·{" "}
                {t(`consent.methods.${f.method}`)}
              </Fact>
              <Fact label={t("consent.termination.recordedBy")}>{f.recordedBy.displayName}</Fact>
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t("consent.textVersion", { version: f.textVersion })}
            </Text>
            <Text size="sm" fw={500}>
              {t("consent.feedback.title")}
            </Text>
            {f.feedback.declined ? (
              <Text size="sm" data-testid="termination-feedback-declined-shown">
                {t("consent.feedback.declinedShown")}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" data-testid="termination-feedback">
                {SURVEY_QUESTIONS.map((q) => (
                  <Fact key={q} label={t(`consent.feedback.questions.${q}`)}>
                    {f.feedback[q] === null ? t("consent.feedback.noAnswer") : `${f.feedback[q]} / 5`}
                  </Fact>
                ))}
                {f.feedback.comments && (
                  <Fact label={t("consent.feedback.comments")}>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="termination-feedback-comments-shown">
                      {f.feedback.comments}
                    </Text>
                  </Fact>
                )}
              </SimpleGrid>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
