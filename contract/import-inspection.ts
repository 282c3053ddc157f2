import { z } from "zod";
import { fileProfileSchema, importMappingSchema, savedMappingSchema } from "./import-mapping.ts";
import { importProblemSchema } from "./imports.ts";

/**
 * What `POST /api/imports/inspect` answers for dropped files, before anything is
 * imported: each file's profile and a mapping proposed for them, which the Data page
 * shows for staff to adjust.
 */
export const importInspectionSchema = z.object({
  files: z.array(fileProfileSchema),
  proposal: importMappingSchema.describe("A mapping for these files in the requested language; empty where the files already read as the product's own shape."),
  values: z.object({ nodes: z.record(z.string(), z.array(z.string())), edges: z.record(z.string(), z.array(z.string())) })
    .describe("Every different value of each attribute that has few of them (all files together): the rows of a kind or type value table."),
  problems: z.array(importProblemSchema).max(20).describe("The first problems met while reading the files (a file the importer cannot read at all)."),
}).meta({ id: "ImportInspection" });
export type ImportInspection = z.infer<typeof importInspectionSchema>;

export const savedMappingsSchema = z.object({ mappings: z.array(savedMappingSchema) }).meta({ id: "SavedMappings" });
export type SavedMappings = z.infer<typeof savedMappingsSchema>;
