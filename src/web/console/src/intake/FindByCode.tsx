// The intake queue's search: a tracking code or register number read out over the phone opens its complaint, in the officer's units only.
import { Button, Group, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, query } from "../api/client";
import type { QueueItemT } from "../contracts";

export function FindByCode() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  const find = useMutation({
    mutationFn: (typed: string) => api<QueueItemT>("GET", `/reports/lookup${query({ code: typed })}`),
    onSuccess: (item) => navigate(`/intake/reports/${item.id}`),
  });
  // None of the officer's units has it (the server's translated words), or the request failed.
  const error = find.error instanceof Error ? find.error.message : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (code.trim()) find.mutate(code.trim());
      }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap" mb="md">
        <TextInput
          label={t("intake.queue.find")}
          description={t("intake.queue.findHint")}
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            if (find.error) find.reset();
          }}
          error={error}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          w={{ base: "100%", sm: 320 }}
        />
        <Button type="submit" variant="light" loading={find.isPending} disabled={!code.trim()}>
          {t("intake.queue.findButton")}
        </Button>
      </Group>
    </form>
  );
}
