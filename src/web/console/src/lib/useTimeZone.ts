// The time zone to show times in: the given unit's, else the signed-in person's first unit's, else WIB.
import { useMe, useUnits } from "../api/queries";
import { can, PERMISSIONS } from "./access";
import { DEFAULT_TIME_ZONE } from "./datetime";

export function useTimeZoneOf(): (unitId?: string | null) => string {
  const { data: me } = useMe();
  const { data: units } = useUnits(can(me, PERMISSIONS.unitRead));
  const ownUnit = me?.roles.find((grant) => grant.unitId)?.unitId;
  return (unitId) => {
    const unit = units?.find((u) => u.id === (unitId ?? ownUnit));
    return unit?.timeZone ?? DEFAULT_TIME_ZONE;
  };
}
