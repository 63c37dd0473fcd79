// The intake form page: a new complaint from another channel, or the edit of a complaint in intake (with its version).
import { Alert, Button, Group, NativeSelect, Paper, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api } from "../api/client";
import { keys, useMe, usePosts, useUnits } from "../api/queries";
import { StaleNotice } from "../cases/services/StaleNotice";
import { ErrorNotice } from "../components/ErrorNotice";
import { FormError } from "../components/FormError";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { IntakeUpdateBody, type ReportFactsT, type ReportIdentityT, roleGrants } from "../contracts";
import { canIn, PERMISSIONS } from "../lib/access";
import { applyServerErrors, focusFirstError, zodValidate } from "../lib/forms";
import { randomId } from "../lib/randomId";
import { intakeKeys, useReport } from "./api";
import { IntakeFormFields } from "./IntakeFormFields";
import { emptyValues, fromReport, toBody, type Values } from "./intakeFormValues";
import { keepUnsaved, takeUnsaved } from "./unsavedIntake";
import { useLeaveGuard } from "./useLeaveGuard";
import { isStale } from "./useReportAction";
import { useUnitRegionDefault } from "./useUnitRegionDefault";

/** Checked against the edit contract (any channel), with a placeholder version: the server decides the rest. */
const validate = zodValidate(IntakeUpdateBody, (v: Values) => ({ ...toBody(v), version: 1 }), {
  victimNik: "intake.form.nikFormat",
  reporterPhone: "intake.form.phoneFormat",
  victimPhone: "intake.form.phoneFormat",
});

type FormProps = {
  initial: Values;
  report?: ReportFactsT;
  /** Reads the complaint afresh and fills the form with it (after a colleague's or the victim's change). */
  onReload?: () => void;
  reloading?: boolean;
};

function IntakeForm({ initial, report, onReload, reloading }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const units = useUnits();
  // A session that ended under the officer took them to sign in: what they had typed comes back (unsavedIntake.ts).
  const draftKey = report ? `${report.id}@${report.version}` : "new";
  const [restored] = useState(() => (me ? takeUnsaved(me.id, draftKey) : null));
  const form = useForm<Values>({ initialValues: restored ?? initial, validate });
  // One key per opened form: saving again after a lost answer gives back the complaint already stored.
  const [formKey] = useState(randomId);
  const saved = useRef(false);
  const leaveGuard = useLeaveGuard(form, saved);
  const typed = useRef(form.values);
  typed.current = form.values;
  // biome-ignore lint/correctness/useExhaustiveDependencies: on leaving the form only
  useEffect(
    () => () => {
      if (me && queryClient.getQueryData(keys.me) === null) keepUnsaved(me.id, draftKey, typed.current);
    },
    [],
  );
  const posts = usePosts(form.values.unitId);
  const unitRegion = units.data?.find((u) => u.id === form.values.unitId)?.regionCode;
  useUnitRegionDefault(form, unitRegion, !report);
  // The units this person may enter complaints in, by the server's one policy table.
  const creatableUnits = (units.data ?? []).filter((u) => canIn(me, PERMISSIONS.intakeCreate, u.id));
  // The version the form was filled from. The complaint itself is refreshed live (a colleague's save, the victim's correction
  // through the verification link): saving with that newer version would overwrite their change with this older form.
  const [version] = useState(report?.version);
  const save = useMutation({
    mutationFn: (v: Values) =>
      report
        ? api<ReportFactsT>("PUT", `/reports/${report.id}/intake`, { ...toBody(v), version })
        : api<ReportFactsT>("POST", "/reports", { ...toBody(v), unitId: v.unitId, formKey }),
    onSuccess: async (facts) => {
      saved.current = true;
      queryClient.setQueryData(intakeKeys.report(facts.id), facts);
      await queryClient.invalidateQueries({ queryKey: ["intake", "queue"] });
      navigate(`/intake/reports/${facts.id}`);
    },
    onError: (err) => focusFirstError(applyServerErrors(form, err)),
  });
  // Open posts, and the one the complaint was received at even if it has closed since.
  const postOptions = (posts.data ?? [])
    .filter((p) => p.active || p.id === report?.postId)
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Paper withBorder p={{ base: "sm", sm: "lg" }}>
      {leaveGuard}
      <form
        onSubmit={form.onSubmit(
          (v) => save.mutate(v),
          (errors) => focusFirstError(Object.keys(errors)),
        )}
        noValidate
      >
        <Stack>
          {!report && creatableUnits.length > 1 && (
            <NativeSelect
              label={t("intake.fields.unit")}
              data={creatableUnits.map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps("unitId")}
            />
          )}
          <IntakeFormFields
            form={form}
            posts={postOptions}
            lockChannel={report?.channel === "web" || report?.channel === "panic_button"}
          />
          {restored && (
            <Alert color="blue" variant="light" role="status">
              {t("intake.form.draftRestored")}
            </Alert>
          )}
          {save.isPaused ? (
            <Alert color="orange" variant="light" role="status" data-testid="waiting-for-network">
              {t("intake.form.waitingForNetwork")}
            </Alert>
          ) : isStale(save.error) && onReload ? (
            <StaleNotice testId="intake-stale" message={t("intake.form.stale")} loading={reloading} onReload={onReload} />
          ) : (
            <FormError error={save.error} />
          )}
          <Group justify="flex-end">
            <Button component={Link} to={report ? `/intake/reports/${report.id}` : "/intake"} variant="default">
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {report ? t("common.save") : t("intake.form.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function IntakeNewPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const unitId = me?.roles.find((g) => g.unitId && roleGrants(g.role, PERMISSIONS.intakeCreate))?.unitId ?? "";
  return (
    <Stack maw={960}>
      <PageHeader title={t("intake.form.newTitle")} description={t("intake.form.newHelp")} />
      {me ? <IntakeForm initial={emptyValues(unitId)} /> : <Loading />}
    </Stack>
  );
}

export function IntakeEditPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const report = useReport(id);
  const [identity, setIdentity] = useState<ReportIdentityT | null>(null);
  /** Bumped to fill the form again from the complaint as it now is. */
  const [filled, setFilled] = useState(0);
  const reveal = useMutation({
    mutationFn: () => api<ReportIdentityT>("POST", `/reports/${id}/identity`, {}),
    onSuccess: setIdentity,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: read the identity once per page (each read is audited)
  useEffect(() => {
    reveal.mutate();
  }, [id]);
  if (report.error || reveal.error) return <ErrorNotice error={report.error ?? reveal.error} />;
  if (!report.data || !identity) return <Loading />;
  return (
    <Stack maw={960}>
      <PageHeader title={t("intake.form.editTitle", { code: report.data.trackingCode })} />
      <IntakeForm
        key={filled}
        initial={fromReport(report.data, identity)}
        report={report.data}
        reloading={reveal.isPending || report.isFetching}
        onReload={() => void report.refetch().then(() => reveal.mutate(undefined, { onSuccess: () => setFilled((n) => n + 1) }))}
      />
    </Stack>
  );
}
