import { z } from "zod";
import { deletedSchema } from "../../../contract/access.ts";
import { savedMappingsSchema } from "../../../contract/import-inspection.ts";
import { importMappingSchema, savedMappingSchema } from "../../../contract/import-mapping.ts";
import { defineRoute, type RouteSpec } from "../../http/route.ts";
import { deleteMapping, listMappings, saveMapping } from "../../import/saved-mappings.ts";
import type { RouteContext } from "../context.ts";

const mappingName = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,99}$/u,
  "must be 1–100 letters, digits, spaces or . _ ( ) -, starting with a letter or digit");

export function mappingRoutes({ db, model }: RouteContext): RouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/mappings",
      role: "data",
      summary: "The import mappings data staff saved, by name: each with the mapping, who saved it and when.",
      tags: ["data"],
      response: savedMappingsSchema,
      handle: async () => ({ mappings: await listMappings(db) }),
    }),
    defineRoute({
      method: "put",
      path: "/api/mappings/:name",
      role: "data",
      summary: "Saves an import mapping under a name, replacing one of the same name. The body is the mapping; its kinds, " +
        "types and properties must be the model's.",
      tags: ["data"],
      params: z.object({ name: mappingName }),
      body: importMappingSchema,
      response: savedMappingSchema,
      problems: { 400: "Not a mapping, or one naming a kind, type or property the model does not have (each path named)" },
      handle: ({ params, body }, { req }) => saveMapping(db, req, { name: params.name, mapping: body, model }),
    }),
    defineRoute({
      method: "delete",
      path: "/api/mappings/:name",
      role: "data",
      summary: "Deletes a saved import mapping.",
      tags: ["data"],
      params: z.object({ name: mappingName }),
      response: deletedSchema,
      problems: { 404: "No mapping of that name" },
      handle: async ({ params }, { req }) => {
        await deleteMapping(db, req, params.name);
        return { deleted: params.name };
      },
    }),
  ];
}
