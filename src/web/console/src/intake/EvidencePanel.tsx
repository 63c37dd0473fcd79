// A complaint's evidence files (from the reporter or an officer), listed on request (names may identify someone) as download links; both audited.
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { FormError } from "../components/FormError";
import type { EvidenceItemT } from "../contracts";
import { EvidenceUpload } from "./EvidenceUpload";
import { EvidenceWithdraw } from "./EvidenceWithdraw";

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KiB`;

/**
 * `path` is the evidence of a complaint (`/reports/:id/evidence`) or of a case's complaint (`/cases/:id/evidence`);
 * `addTo` (a complaint's id) lets the officer attach files too, and take back those the server marks withdrawable.
 */
export function EvidencePanel({ path, count, addTo }: { path: string; count?: number; addTo?: string }) {
  const { t } = useTranslation();
  // The last list read stays on screen while it is read again (a new read starts with no data of its own).
  const [files, setFiles] = useState<EvidenceItemT[]>();
  const list = useMutation({ mutationFn: () => api<EvidenceItemT[]>("GET", path), onSuccess: setFiles });
  // An opened list follows the complaint's live count (a reporter's reply with files, a colleague's upload or withdrawal);
  // not when the list already agrees or is being read, so that one change is one more audited listing at most.
  const seenCount = useRef(count);
  const { mutate: relist, isPending } = list;
  useEffect(() => {
    if (count === seenCount.current) return;
    seenCount.current = count;
    if (files && !isPending && files.length !== count) relist();
  }, [count, files, isPending, relist]);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="evidence-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="evidence-title">
          {t("intake.evidence.title")}
        </Title>
        {count === 0 && (
          <Text size="sm" c="dimmed">
            {t("intake.evidence.none")}
          </Text>
        )}
        {count !== 0 && !files && (
          <>
            <Text size="sm" c="dimmed">
              {count === undefined ? t("intake.evidence.hiddenSome") : t("intake.evidence.hidden", { count })}
            </Text>
            <Button variant="light" onClick={() => list.mutate()} loading={list.isPending} w="fit-content">
              {t("intake.evidence.show")}
            </Button>
            <FormError error={list.error} />
          </>
        )}
        {files?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("intake.evidence.none")}
          </Text>
        )}
        {files && files.length > 0 && (
          <>
            <Alert variant="light" color="yellow" p="xs">
              {t("intake.evidence.audited")}
            </Alert>
            <Stack gap={4} data-testid="evidence-files">
              {files.map((f) => (
                <Group key={f.id} gap="xs" wrap="nowrap">
                  <Anchor size="sm" href={`/api/v1${path}/${f.id}`} download>
                    {f.fileName}{" "}
                    <Text span size="xs" c="dimmed">
                      ({t(`intake.evidence.type.${f.mimeType.split("/")[1]}`)}, {kib(f.sizeBytes)},{" "}
                      {f.uploadedByName
                        ? t("intake.evidence.byOfficer", { name: f.uploadedByName })
                        : t("intake.evidence.fromReporter")}
                      )
                    </Text>
                  </Anchor>
                  {addTo && f.withdrawable && <EvidenceWithdraw reportId={addTo} file={f} onWithdrawn={() => list.mutate()} />}
                </Group>
              ))}
            </Stack>
            <FormError error={list.error} />
          </>
        )}
        {addTo && <EvidenceUpload reportId={addTo} onAdded={() => list.mutate()} />}
      </Stack>
    </Card>
  );
}
