// Profession and partner agency of a service provider (shown when the person holds that role).
import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { professionOptions } from "../lib/options";
import { PartnerSelect } from "./PartnerSelect";

type Props = {
  profession: string;
  partnerId: string;
  unitIds: string[];
  errors: Record<string, React.ReactNode>;
  onProfession: (value: string) => void;
  onPartner: (value: string) => void;
};

export function ProfessionFields({ profession, partnerId, unitIds, errors, onProfession, onPartner }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t("users.profession")}
        data={[{ value: "", label: t("users.chooseProfession") }, ...professionOptions(t)]}
        value={profession}
        onChange={(e) => onProfession(e.currentTarget.value)}
        error={errors.profession}
      />
      <PartnerSelect unitIds={unitIds} value={partnerId} onChange={onPartner} error={errors.partnerId} />
    </>
  );
}
