// HTTP adapter of the region list for the console (intake form, unit form; the public form reads /lapor/regions/:code instead).
import { defineRoute } from "../../../platform/http/route.js";
import { RegionList, RegionsQuery } from "./contracts.js";
import { listDistricts, listProvinces, listRegencies } from "./regions.js";

export const regionRoutes = [
  defineRoute({
    method: "GET",
    path: "/regions",
    tag: "regions",
    summary: "Provinces, or the regencies/cities of a province, or the districts of a regency/city (Kemendagri codes)",
    access: { permission: "unit.read" },
    query: RegionsQuery,
    response: RegionList,
    handler: async ({ query }) => {
      const parent = query.parent;
      const regions = !parent ? listProvinces() : parent.length === 2 ? listRegencies(parent) : listDistricts(parent);
      return { regions };
    },
  }),
];
