// The header's user menu: profile, sign out, and sign out on every device.
import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api } from "../api/client";
import { keys } from "../api/queries";
import type { MeT } from "../contracts";
import { dropUnsaved } from "../intake/unsavedIntake";
import { ConfirmModal } from "./ConfirmModal";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

export function UserMenu({ me }: { me: MeT }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirmOpen, confirm] = useDisclosure(false);
  const [busy, setBusy] = useState(false);

  async function signOut(everywhere: boolean) {
    setBusy(true);
    try {
      await api("POST", everywhere ? "/auth/sign-out-everywhere" : "/auth/sign-out");
    } catch (err) {
      notifications.show({ color: "red", message: err instanceof Error ? err.message : t("errors.unknown") });
    } finally {
      setBusy(false);
      confirm.close();
      dropUnsaved();
      queryClient.clear();
      queryClient.setQueryData(keys.me, null);
      navigate("/sign-in", { replace: true });
    }
  }

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UnstyledButton data-testid="user-menu">
            <Group gap={8} wrap="nowrap">
              <Avatar color="teduh" radius="xl" size={34} aria-hidden>
                {initials(me.displayName)}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
                {me.displayName}
              </Text>
              <VisuallyHidden>{t("userMenu.open")}</VisuallyHidden>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t("userMenu.signedInAs", { username: me.username })}</Menu.Label>
          <Menu.Item component={Link} to="/profile">
            {t("nav.profile")}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void signOut(false)}>{t("userMenu.signOut")}</Menu.Item>
          <Menu.Item color="red" onClick={confirm.open}>
            {t("userMenu.signOutEverywhere")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirmOpen}
        onClose={confirm.close}
        title={t("userMenu.signOutEverywhere")}
        message={t("userMenu.signOutEverywhereConfirm")}
        confirmLabel={t("userMenu.signOutEverywhereButton")}
        loading={busy}
        onConfirm={() => void signOut(true)}
      />
    </>
  );
}
