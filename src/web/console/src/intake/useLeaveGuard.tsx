// Asks before the officer leaves an intake form they have typed in (another page, or closing the tab): nothing is lost by a
// stray click. Not once saved, and not when the session ended (that form is kept for them: unsavedIntake.ts).
import type { UseFormReturnType } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { type RefObject, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";
import { keys } from "../api/queries";
import { ConfirmModal } from "../components/ConfirmModal";
import type { Values } from "./intakeFormValues";

/** Fields the form fills in by itself (the unit, its region): changing them alone is nothing typed. */
const PRESET = new Set(["unitId", "provinceCode", "regencyCode"]);

export function useLeaveGuard(form: UseFormReturnType<Values>, saved: RefObject<boolean>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const typed = () => !saved.current && Object.keys(form.values).some((k) => !PRESET.has(k) && form.isDirty(k));
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && queryClient.getQueryData(keys.me) !== null && typed(),
  );
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (typed()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  });
  return (
    <ConfirmModal
      opened={blocker.state === "blocked"}
      title={t("intake.form.leaveTitle")}
      message={t("intake.form.leaveMessage")}
      confirmLabel={t("intake.form.leaveConfirm")}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
}
