// Extension point of the home page: modules register "what waits for you" widgets for the roles they serve.
import type { ComponentType } from "react";
import type { MeT, Role } from "../contracts";

export type RoleWidgetProps = { me: MeT; role: Role; unitIds: (string | null)[] };

export type RoleWidget = {
  /** Unique id, e.g. "cases.intake-queue". */
  id: string;
  /** The roles under whose section the widget appears. */
  roles: Role[];
  /** Lower comes first. */
  order?: number;
  Component: ComponentType<RoleWidgetProps>;
};

const widgets = new Map<string, RoleWidget>();

/** Adds (or replaces, by id) a widget; call at module load, e.g. from a module's console entry file. */
export function registerRoleWidget(widget: RoleWidget): void {
  widgets.set(widget.id, widget);
}

export function widgetsForRole(role: Role): RoleWidget[] {
  return [...widgets.values()].filter((w) => w.roles.includes(role)).sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}
