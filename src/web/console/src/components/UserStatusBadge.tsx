// Status of a staff account: active, disabled, or locked out after failed sign-ins.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UserT } from "../contracts";

export function UserStatusBadge({ user }: { user: UserT }) {
  const { t } = useTranslation();
  if (user.disabled)
    return (
      <Badge color="gray" variant="light">
        {t("users.statusDisabled")}
      </Badge>
    );
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now()) {
    return (
      <Badge color="orange" variant="light">
        {t("users.statusLocked")}
      </Badge>
    );
  }
  return (
    <Badge color="teduh" variant="light">
      {t("users.statusActive")}
    </Badge>
  );
}
