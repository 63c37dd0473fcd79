// What this user may do with a case's services, as the server decides it: its case manager or a unit overseer, the case running.
import { useMe } from "../../api/queries";
import { type ServicesAccess, type ServicesCase, servicesAccess } from "../caseAccess";

export function useServicesAccess(detail: ServicesCase): ServicesAccess {
  const { data: me } = useMe();
  return servicesAccess(me, detail);
}
