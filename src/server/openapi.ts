// Generates the OpenAPI 3.1 document from the declared routes and their zod contracts.
import { z } from "zod";
import type { AnyRoute } from "../platform/http/route.js";
import { API_PREFIX } from "./api.js";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: "query" | "path") {
  if (!schema) return [];
  const s = jsonSchema(schema, "input");
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === "path" || (s.required ?? []).includes(name),
    schema: prop,
  }));
}

function security(route: AnyRoute): string {
  if ("public" in route.access) return "public";
  if ("permission" in route.access) return `requires permission ${route.access.permission}`;
  return "any signed-in staff member";
}

export function buildOpenApi(routes: AnyRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = `${API_PREFIX}${route.path}`.replace(/:(\w+)/g, "{$1}");
    const status = String(route.status ?? 200);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      description: `Access: ${security(route)}.`,
      tags: [route.tag],
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      ...(route.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } }
        : {}),
      responses: {
        [status]:
          route.response && status !== "204"
            ? { description: "OK", content: { "application/json": { schema: jsonSchema(route.response, "output") } } }
            : { description: "OK" },
        "4XX": { $ref: "#/components/responses/Error" },
      },
      ...("public" in route.access ? {} : { security: [{ session: [] }] }),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Teduh API",
      version: "1",
      description: "Staff API of Teduh. State-changing requests need the x-csrf-token header equal to the teduh_csrf cookie.",
    },
    paths,
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "teduh_session" } },
      responses: {
        Error: {
          description: "A translated error naming the fields at fault.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  error: {
                    type: "object",
                    properties: {
                      code: { type: "string" },
                      message: { type: "string" },
                      fields: {
                        type: "array",
                        items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
                      },
                    },
                    required: ["code", "message"],
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
