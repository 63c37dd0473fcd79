// Records the client's (or guardian's) agreement to the plan as it stands now: how it was agreed and by whom.
import { Button, Group, Modal, NativeSelect, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError";
import { PLAN_AGREED_VIA, type ServicePlanT } from "./contracts";
import { useAgreePlan } from "./plan-mutations";

export function AgreeModal({ plan, onClose }: { plan: ServicePlanT; onClose: () => void }) {
  const { t } = useTranslation();
  const agree = useAgreePlan(plan.caseId);
  const [via, setVia] = useState("");
  const [by, setBy] = useState("client");
  const submit = () => agree.mutate({ version: plan.version, agreedVia: via, agreedBy: by }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={t("services.plan.agreeTitle")} size="md">
      <Stack>
        <Text size="sm" c="dimmed">
          {t("services.plan.agreeHelp")}
        </Text>
        <Radio.Group label={t("services.plan.agreedBy")} value={by} onChange={setBy} required>
          <Group mt={4}>
            <Radio value="client" label={t("services.agreedBy.client")} />
            <Radio value="guardian" label={t("services.agreedBy.guardian")} />
          </Group>
        </Radio.Group>
        <NativeSelect
          label={t("services.plan.agreedVia")}
          required
          value={via}
          onChange={(e) => setVia(e.currentTarget.value)}
          data={[
            { value: "", label: t("services.plan.chooseVia") },
            ...PLAN_AGREED_VIA.map((v) => ({ value: v, label: t(`services.agreedVia.${v}`) })),
          ]}
          data-testid="plan-agreed-via"
        />
        <FormError error={agree.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={submit} disabled={!via} loading={agree.isPending} data-testid="plan-agree-confirm">
            {t("services.plan.agreeConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
