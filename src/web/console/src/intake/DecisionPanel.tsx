// Decisions on a complaint: possible duplicates first (or one named by its code), then accept, duplicate, not a case; risk;
// submit for approval.
// Closing a complaint (duplicate, not a case) cannot be undone, so it is asked once more in a dialog.
import { Alert, Button, Card, Group, List, NativeSelect, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../api/client";
import { ConfirmModal } from "../components/ConfirmModal";
import { FormError } from "../components/FormError";
import { type DuplicateCandidateT, NOT_A_CASE_REASONS, type ReportFactsT, RISK_LEVELS } from "../contracts";
import { useDuplicates } from "./api";
import { labelOf, optionalOptions, optionsOf } from "./labels";
import { PossibleDuplicates } from "./PossibleDuplicates";
import { isStale, useReportAction } from "./useReportAction";

export function DecisionPanel({ report }: { report: ReportFactsT }) {
  const { t } = useTranslation();
  const open = report.status === "received" || report.status === "in_intake";
  const duplicates = useDuplicates(report.id, open);
  const accept = useReportAction(report.id, "POST", "/accept", "intake.decide.accepted");
  const duplicate = useReportAction(report.id, "POST", "/duplicate", "intake.decide.markedDuplicate");
  const notACase = useReportAction(report.id, "POST", "/not-a-case", "intake.decide.markedNotACase");
  const risk = useReportAction(report.id, "PUT", "/risk", "intake.decide.riskSaved");
  const submit = useReportAction(report.id, "POST", "/submit", "intake.decide.submitted");
  const [reason, setReason] = useState<string>("prank");
  const [note, setNote] = useState("");
  /** The original's tracking code or register number, when it is not among the possible duplicates. */
  const [originalCode, setOriginalCode] = useState("");
  /** The closing decision waiting for the officer's "yes". */
  const [closing, setClosing] = useState<{ duplicateOf: DuplicateCandidateT } | { code: string } | "not_a_case" | null>(null);
  const version = report.version;
  const close = () => {
    if (!closing) return;
    const done = { onSettled: () => setClosing(null) };
    if (closing === "not_a_case") notACase.mutate({ reason, note: note.trim() || null, version }, done);
    else if ("code" in closing) duplicate.mutate({ duplicateOfCode: closing.code, version }, done);
    else duplicate.mutate({ duplicateOfId: closing.duplicateOf.id, version }, done);
  };
  // A code that names no complaint of the unit is told at its field.
  const codeError =
    duplicate.error instanceof ApiError && duplicate.error.fields.some((f) => f.path === "duplicateOfCode")
      ? duplicate.error.message
      : null;
  // A stale decision is told by a notice that outlives this panel (useReportAction); the rest here, above the buttons.
  const error = [accept, duplicate, notACase, risk, submit]
    .map((m) => m.error)
    .find((e) => e && !isStale(e) && !(codeError && e === duplicate.error));

  if (!open) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="decide-title">
      <Stack gap="md">
        <Title order={2} fz="md" id="decide-title">
          {t("intake.decide.title")}
        </Title>
        <PossibleDuplicates
          candidates={duplicates.data}
          unitId={report.unitId}
          onMarkDuplicate={(d) => setClosing({ duplicateOf: d })}
        />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (originalCode.trim()) setClosing({ code: originalCode.trim().toUpperCase() });
          }}
        >
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t("intake.decide.duplicateOfCode")}
              description={t("intake.decide.duplicateOfCodeHint")}
              value={originalCode}
              onChange={(e) => setOriginalCode(e.currentTarget.value)}
              error={codeError}
              maxLength={40}
              autoComplete="off"
              w={{ base: "100%", sm: 260 }}
            />
            <Button type="submit" variant="light" color="gray" disabled={!originalCode.trim()}>
              {t("intake.decide.markDuplicateOfTyped")}
            </Button>
          </Group>
        </form>
        <NativeSelect
          label={t("intake.fields.risk")}
          data={optionalOptions(t, "risk", RISK_LEVELS)}
          value={report.riskLevel ?? ""}
          onChange={(e) => e.currentTarget.value && risk.mutate({ riskLevel: e.currentTarget.value, version })}
          w={{ base: "100%", sm: 260 }}
        />
        {report.status === "received" && (
          <Button onClick={() => accept.mutate({ version })} loading={accept.isPending} w="fit-content">
            {t("intake.decide.accept")}
          </Button>
        )}
        {report.status === "in_intake" && (
          <Stack gap="xs">
            {report.missingForSubmit.length > 0 && (
              <Alert variant="light" color="orange" title={t("intake.decide.missingTitle")}>
                <List size="sm">
                  {report.missingForSubmit.map((f) => (
                    <List.Item key={f}>{t(`intake.missing.${f.replace("details.", "")}`)}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Group gap="xs">
              <Button component={Link} to={`/intake/reports/${report.id}/edit`} variant="light">
                {t("intake.decide.editForm")}
              </Button>
              <Button
                color="grape"
                onClick={() => submit.mutate({ version })}
                loading={submit.isPending}
                disabled={report.missingForSubmit.length > 0}
              >
                {t("intake.decide.submit")}
              </Button>
            </Group>
          </Stack>
        )}
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t("intake.decide.notACaseTitle")}
          </Text>
          <NativeSelect
            label={t("intake.decide.reason")}
            data={optionsOf(t, "notACase", NOT_A_CASE_REASONS)}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            w={{ base: "100%", sm: 320 }}
          />
          <Textarea
            label={t("intake.decide.note")}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Button color="gray" variant="outline" w="fit-content" onClick={() => setClosing("not_a_case")}>
            {t("intake.decide.markNotACase")}
          </Button>
        </Stack>
        <FormError error={error} />
      </Stack>
      <ConfirmModal
        opened={closing !== null}
        title={t(closing === "not_a_case" ? "intake.decide.confirmNotACaseTitle" : "intake.decide.confirmDuplicateTitle")}
        message={
          closing === "not_a_case"
            ? t("intake.decide.confirmNotACase", { code: report.trackingCode, reason: labelOf(t, "notACase", reason) })
            : t("intake.decide.confirmDuplicate", {
                code: report.trackingCode,
                of:
                  closing && typeof closing === "object"
                    ? "code" in closing
                      ? closing.code
                      : closing.duplicateOf.trackingCode
                    : "",
              })
        }
        confirmLabel={t(closing === "not_a_case" ? "intake.decide.markNotACase" : "intake.decide.confirmDuplicateButton")}
        loading={duplicate.isPending || notACase.isPending}
        onConfirm={close}
        onClose={() => setClosing(null)}
      />
    </Card>
  );
}
