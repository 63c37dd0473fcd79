// Zod contracts of the region list served to the console: provinces, or the regencies/cities or districts under a code.
import { z } from "zod";

export const RegionsQuery = z.object({
  /** None: the provinces; a province (2 digits): its regencies/cities; a regency/city (4 digits): its districts. */
  parent: z
    .string()
    .regex(/^\d{2}(\d{2})?$/)
    .optional(),
});

export const Region = z.object({ code: z.string(), name: z.string() });
export const RegionList = z.object({ regions: z.array(Region) });

export type RegionT = z.infer<typeof Region>;
export type RegionListT = z.infer<typeof RegionList>;
