// "My work": the interventions this provider holds (no client identity), open ones by default, all on request.
import { SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMyInterventions } from "../cases/services/queries";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { PageHeader } from "../components/PageHeader";
import { isOpen } from "./openFirst";
import { WorkTable } from "./WorkTable";

export function MyWorkPage() {
  const { t } = useTranslation();
  const list = useMyInterventions();
  const [show, setShow] = useState<"open" | "all">("open");
  return (
    <Stack gap="md">
      <PageHeader
        title={t("services.work.title")}
        description={t("services.work.description")}
        actions={
          <SegmentedControl
            value={show}
            onChange={(v) => setShow(v as "open" | "all")}
            data={[
              { value: "open", label: t("services.work.showOpen") },
              { value: "all", label: t("services.work.showAll") },
            ]}
          />
        }
      />
      {list.isPending && <Loading />}
      {list.error && <ErrorNotice error={list.error} />}
      {list.data && <WorkTable items={show === "open" ? list.data.filter(isOpen) : list.data} />}
    </Stack>
  );
}
