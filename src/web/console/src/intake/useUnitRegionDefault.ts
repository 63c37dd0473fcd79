// A new complaint starts in the region of the unit it is entered for, until the officer chooses another region.
import type { UseFormReturnType } from "@mantine/form";
import { useEffect, useRef } from "react";
import type { Values } from "./intakeFormValues";

/** `regionCode` is the unit's Kemendagri code: a province (2 digits) or a regency/city (4 digits). */
export function useUnitRegionDefault(form: UseFormReturnType<Values>, regionCode: string | undefined, enabled: boolean) {
  const applied = useRef({ province: "", regency: "" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the unit (its region) changes, not on every keystroke
  useEffect(() => {
    if (!enabled || !regionCode) return;
    const { provinceCode, regencyCode, districtCode } = form.getValues();
    const untouched = provinceCode === applied.current.province && regencyCode === applied.current.regency && !districtCode;
    if (!untouched) return;
    const next = { province: regionCode.slice(0, 2), regency: regionCode.length === 4 ? regionCode : "" };
    applied.current = next;
    form.setFieldValue("provinceCode", next.province);
    form.setFieldValue("regencyCode", next.regency);
  }, [enabled, regionCode]);
}
