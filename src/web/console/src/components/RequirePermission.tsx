// Renders a page only when the signed-in person holds the permission it needs; otherwise "not allowed".
import { useMe } from "../api/queries";
import { can } from "../lib/access";
import { Loading } from "./Loading";
import { NotAllowed } from "./NotAllowed";

type Props = { permission: string; children: React.ReactNode };

export function RequirePermission({ permission, children }: Props) {
  const { data: me, isPending } = useMe();
  if (isPending) return <Loading />;
  if (!can(me, permission)) return <NotAllowed />;
  return <>{children}</>;
}
