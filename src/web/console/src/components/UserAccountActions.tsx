// Account actions on a staff account: disable/enable, one-time password reset link, reset two-factor.
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { keys, type OneTimeLinkT } from "../api/queries";
import type { UserT } from "../contracts";
import { ConfirmModal } from "./ConfirmModal";
import { FormError } from "./FormError";
import { OneTimeLinkCard } from "./OneTimeLinkCard";

type Action = "disable" | "enable" | "reset-totp";

export function UserAccountActions({ user, isSelf }: { user: UserT; isSelf: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [link, setLink] = useState<OneTimeLinkT | null>(null);

  const act = useMutation({
    mutationFn: (action: Action) => api<UserT>("POST", `/users/${user.id}/${action}`),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.user(user.id), saved);
      await queryClient.invalidateQueries({ queryKey: keys.users });
      notifications.show({ color: "teduh", message: t("common.saved") });
      setConfirming(null);
    },
    onError: () => setConfirming(null),
  });
  const resetLink = useMutation({
    mutationFn: () => api<OneTimeLinkT>("POST", `/users/${user.id}/reset-link`),
    onSuccess: setLink,
  });

  const confirmText: Record<Action, { title: string; message: string; button: string; color: string }> = {
    disable: {
      title: t("users.disable"),
      message: t("users.disableConfirm", { name: user.displayName }),
      button: t("users.disable"),
      color: "red",
    },
    enable: {
      title: t("users.enable"),
      message: t("users.enableConfirm", { name: user.displayName }),
      button: t("users.enable"),
      color: "teduh",
    },
    "reset-totp": {
      title: t("users.resetTotp"),
      message: t("users.resetTotpConfirm", { name: user.displayName }),
      button: t("users.resetTotp"),
      color: "red",
    },
  };
  const current = confirming ? confirmText[confirming] : null;

  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }}>
      <Title order={2} fz="lg" mb="xs">
        {t("users.account")}
      </Title>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("users.accountHelp")}
        </Text>
        <Group gap="sm">
          <Button variant="light" onClick={() => resetLink.mutate()} loading={resetLink.isPending}>
            {t("users.resetLink")}
          </Button>
          {user.totpEnabled && (
            <Button variant="light" color="orange" onClick={() => setConfirming("reset-totp")}>
              {t("users.resetTotp")}
            </Button>
          )}
          {user.disabled ? (
            <Button variant="light" onClick={() => setConfirming("enable")}>
              {t("users.enable")}
            </Button>
          ) : (
            !isSelf && (
              <Button variant="light" color="red" onClick={() => setConfirming("disable")}>
                {t("users.disable")}
              </Button>
            )
          )}
        </Group>
        <FormError error={act.error ?? resetLink.error} />
        {link && <OneTimeLinkCard link={link} title={t("users.resetLinkTitle")} />}
      </Stack>
      {current && confirming && (
        <ConfirmModal
          opened
          title={current.title}
          message={current.message}
          confirmLabel={current.button}
          color={current.color}
          loading={act.isPending}
          onConfirm={() => act.mutate(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </Paper>
  );
}
