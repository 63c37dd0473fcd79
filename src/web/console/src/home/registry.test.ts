// Home widgets are listed per role, in order, and re-registering an id replaces the widget.
import { describe, expect, it } from "vitest";
import { registerRoleWidget, widgetsForRole } from "./registry";

const Empty = () => null;

describe("home widget registry", () => {
  it("lists the widgets of a role by order and replaces by id", () => {
    registerRoleWidget({ id: "t.b", roles: ["supervisor"], order: 20, Component: Empty });
    registerRoleWidget({ id: "t.a", roles: ["supervisor", "head"], order: 10, Component: Empty });
    registerRoleWidget({ id: "t.b", roles: ["supervisor"], order: 5, Component: Empty });
    expect(widgetsForRole("supervisor").map((w) => w.id)).toEqual(["t.b", "t.a"]);
    expect(widgetsForRole("head").map((w) => w.id)).toEqual(["t.a"]);
    expect(widgetsForRole("dispatcher")).toEqual([]);
  });
});
