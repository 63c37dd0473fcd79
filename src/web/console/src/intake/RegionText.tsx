// A complaint's region by name (province / regency-city / district), falling back to the code while names load.
import { useRegions } from "./api";

type Props = { province: string | null; regency: string | null; district: string | null };

export function RegionText({ province, regency, district }: Props) {
  const provinces = useRegions(null, Boolean(province));
  const regencies = useRegions(province, Boolean(province && regency));
  const districts = useRegions(regency, Boolean(regency && district));
  const name = (options: { value: string; label: string }[] | undefined, code: string | null) =>
    code ? (options?.find((o) => o.value === code)?.label ?? code) : null;
  const parts = [name(provinces.data, province), name(regencies.data, regency), name(districts.data, district)];
  return <>{parts.filter(Boolean).join(" / ") || "—"}</>;
}
