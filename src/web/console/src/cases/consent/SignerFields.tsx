// Who signs (the client, or a parent/guardian with name and relationship; a child's case always the guardian) and the signature.
import { NativeSelect, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { GUARDIAN_RELATIONSHIPS } from "./contracts";
import { SignaturePad } from "./SignaturePad";
import type { SignerErrors, SignerState } from "./signer";

type Props = {
  value: SignerState;
  onChange: (value: SignerState) => void;
  guardianRequired: boolean;
  /** Shown once the officer has tried to save. */
  errors: SignerErrors;
};

export function SignerFields({ value, onChange, guardianRequired, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<SignerState>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="sm" data-testid="signer-fields">
      <NativeSelect
        label={t("consent.signer.givenBy")}
        description={guardianRequired ? t("consent.guardianRequired") : undefined}
        value={value.givenBy}
        disabled={guardianRequired}
        onChange={(e) => set({ givenBy: e.currentTarget.value === "guardian" ? "guardian" : "client" })}
        data={[
          { value: "client", label: t("consent.signer.client") },
          { value: "guardian", label: t("consent.signer.guardian") },
        ]}
      />
      {value.givenBy === "guardian" && (
        <>
          <TextInput
            label={t("consent.signer.guardianName")}
            required
            maxLength={200}
            autoComplete="off"
            value={value.guardianName}
            onChange={(e) => set({ guardianName: e.currentTarget.value })}
            error={errors.guardianName}
          />
          <NativeSelect
            label={t("consent.signer.relationship")}
            required
            value={value.guardianRelationship}
            onChange={(e) => set({ guardianRelationship: e.currentTarget.value })}
            error={errors.guardianRelationship}
            data={[
              { value: "", label: t("consent.signer.chooseRelationship") },
              ...GUARDIAN_RELATIONSHIPS.map((r) => ({ value: r, label: t(`consent.signer.relationships.${r}`) })),
            ]}
          />
        </>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("consent.signer.signature")}
        </Text>
        <SegmentedControl
          value={value.kind}
          onChange={(kind) => set({ kind: kind === "drawn" ? "drawn" : "typed", drawn: null })}
          data={[
            { value: "typed", label: t("consent.signer.kinds.typed") },
            { value: "drawn", label: t("consent.signer.kinds.drawn") },
          ]}
          w="fit-content"
          data-testid="signature-kind"
        />
      </Stack>
      {value.kind === "typed" ? (
        <TextInput
          label={t("consent.signer.typedName")}
          required
          maxLength={200}
          autoComplete="off"
          value={value.typedName}
          onChange={(e) => set({ typedName: e.currentTarget.value })}
          error={errors.typedName}
        />
      ) : (
        <SignaturePad onChange={(drawn) => set({ drawn })} error={errors.drawn} />
      )}
    </Stack>
  );
}
