// The satisfaction survey filled in with the client on the officer's screen: five 1-5 ratings and comments, all optional, or declined.
import { Checkbox, Group, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SURVEY_QUESTIONS } from "./contracts";
import type { FeedbackState } from "./feedback";

type Props = { value: FeedbackState; onChange: (value: FeedbackState) => void };

export function FeedbackFields({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="termination-feedback-fields">
      <Title order={3} fz="sm">
        {t("consent.feedback.title")}
      </Title>
      <Text size="xs" c="dimmed">
        {t("consent.feedback.intro")}
      </Text>
      <Checkbox
        label={t("consent.feedback.declined")}
        checked={value.declined}
        onChange={(e) => onChange({ ...value, declined: e.currentTarget.checked })}
        data-testid="termination-feedback-declined"
      />
      {!value.declined && (
        <>
          {SURVEY_QUESTIONS.map((q) => (
            <Radio.Group
              key={q}
              label={t(`consent.feedback.questions.${q}`)}
              value={value.ratings[q] ? String(value.ratings[q]) : ""}
              onChange={(v) => onChange({ ...value, ratings: { ...value.ratings, [q]: Number(v) } })}
              data-testid={`termination-rating-${q}`}
            >
              <Group gap="md" mt={4}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <Radio key={n} value={String(n)} label={String(n)} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Textarea
            label={t("consent.feedback.comments")}
            autosize
            minRows={2}
            maxLength={4000}
            value={value.comments}
            onChange={(e) => onChange({ ...value, comments: e.currentTarget.value })}
            data-testid="termination-feedback-comments"
          />
        </>
      )}
    </Stack>
  );
}
