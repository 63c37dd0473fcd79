// Every table of Teduh, gathered for drizzle (queries and migration generation).

export * from "../../modules/cases/consent/schema.js";
export * from "../../modules/cases/schema.js";
export * from "../../modules/cases/services/schema.js";
export * from "../../modules/people/schema.js";
export * from "../../modules/reports/schema.js";
export * from "../audit/schema.js";
