// The complaint's possible duplicates, strongest first: ten at once, the rest on request, each with its "duplicate of this one".
import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DuplicateCandidateT } from "../contracts";
import { useFormatDate } from "../lib/useFormatDate";
import { labelOf } from "./labels";

/** Enough to decide on; a frequent caller can have hundreds, which would push the decisions off the screen. */
const FIRST_SHOWN = 10;

export function PossibleDuplicates({
  candidates,
  unitId,
  onMarkDuplicate,
}: {
  candidates: DuplicateCandidateT[] | undefined;
  unitId: string;
  onMarkDuplicate: (of: DuplicateCandidateT) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [all, setAll] = useState(false);
  const shown = all ? candidates : candidates?.slice(0, FIRST_SHOWN);
  const hidden = (candidates?.length ?? 0) - (shown?.length ?? 0);
  return (
    <Stack gap={6} data-testid="possible-duplicates">
      <Text fw={600} size="sm">
        {candidates?.length
          ? t("intake.decide.duplicatesCount", { count: candidates.length })
          : t("intake.decide.duplicatesTitle")}
      </Text>
      {candidates?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("intake.decide.noDuplicates")}
        </Text>
      )}
      {shown?.map((d) => (
        <Group key={d.id} gap="xs" wrap="wrap" data-testid="possible-duplicate">
          <Anchor component={Link} to={`/intake/reports/${d.id}`} ff="monospace" size="sm">
            {d.trackingCode}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDate(d.createdAt, unitId)} · {labelOf(t, "status", d.status)}
          </Text>
          {d.reasons.map((r) => (
            <Badge key={r} size="xs" variant="light" color="orange">
              {t(`intake.duplicateReason.${r}`)}
            </Badge>
          ))}
          <Button
            size="compact-xs"
            variant="light"
            color="gray"
            onClick={() => onMarkDuplicate(d)}
            aria-label={t("intake.decide.markDuplicateOfCode", { code: d.trackingCode })}
          >
            {t("intake.decide.markDuplicateOf")}
          </Button>
        </Group>
      ))}
      {hidden > 0 && (
        <Button size="compact-sm" variant="subtle" w="fit-content" onClick={() => setAll(true)}>
          {t("intake.decide.showAllDuplicates", { count: hidden })}
        </Button>
      )}
    </Stack>
  );
}
