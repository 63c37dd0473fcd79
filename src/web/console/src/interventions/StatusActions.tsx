// The status moves this user may make on an intervention (the server's table): start, complete, cancel, reopen.
import { Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { INTERVENTION_MOVES, type InterventionStatus, type InterventionT } from "../cases/services/contracts";
import { ConfirmModal } from "../components/ConfirmModal";
import { FormError } from "../components/FormError";
import { useSetStatus } from "./mutations";

type Props = { intervention: InterventionT; holder: boolean; worker: boolean };

export function StatusActions({ intervention, holder, worker }: Props) {
  const { t } = useTranslation();
  const setStatus = useSetStatus(intervention.id, intervention.caseId);
  const [confirm, setConfirm] = useState<InterventionStatus | null>(null);
  const from = intervention.status;
  const moves = Object.entries(INTERVENTION_MOVES[from])
    .filter(([, who]) => who?.some((w) => (w === "holder" ? holder : worker)))
    .map(([to]) => to as InterventionStatus);
  if (moves.length === 0) return null;
  const send = (to: InterventionStatus) =>
    setStatus.mutate({ version: intervention.version, status: to }, { onSettled: () => setConfirm(null) });
  return (
    <>
      <Group gap="xs" data-testid="intervention-status-actions">
        {moves.map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === "cancelled" ? "light" : "filled"}
            color={to === "cancelled" ? "red" : undefined}
            loading={setStatus.isPending && setStatus.variables?.status === to}
            onClick={() => (to === "done" || to === "cancelled" ? setConfirm(to) : send(to))}
            data-testid={`intervention-move-${to}`}
          >
            {t(`services.move.${from}_${to}`)}
          </Button>
        ))}
      </Group>
      <FormError error={setStatus.error} />
      <ConfirmModal
        opened={confirm !== null}
        title={confirm ? t(`services.move.${from}_${confirm}`) : ""}
        message={t(confirm === "done" ? "services.move.doneConfirm" : "services.move.cancelConfirm")}
        confirmLabel={confirm ? t(`services.move.${from}_${confirm}`) : ""}
        color={confirm === "cancelled" ? "red" : "teduh"}
        loading={setStatus.isPending}
        onConfirm={() => confirm && send(confirm)}
        onClose={() => setConfirm(null)}
      />
    </>
  );
}
