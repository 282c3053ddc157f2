import { useEffect, useState } from "react";
import { z } from "zod";
import { fetchJson } from "../api/fetchJson";
import type { Language } from "../graph/graphModelSchema";

/**
 * The model's property specs (`GET /api/model`): what each property is called in FR/NL/EN
 * and its type. The graph store's model leaves them out, so the panels read them here,
 * once per page.
 */
const namesSchema = z.object({ fr: z.string(), nl: z.string(), en: z.string() });

export const propertySpecSchema = z.object({
  name: z.string(),
  type: z.string(),
  enum: z.array(z.string()).optional(),
  names: namesSchema,
});

const withProperties = z.object({ id: z.string(), properties: z.array(propertySpecSchema).default([]) });

export const modelPropertiesSchema = z.object({
  commonNodeProperties: z.array(propertySpecSchema).default([]),
  commonProperties: z.array(propertySpecSchema).default([]),
  kinds: z.array(withProperties),
  relationshipTypes: z.array(withProperties),
});

export type PropertySpec = z.infer<typeof propertySpecSchema>;
export type ModelProperties = z.infer<typeof modelPropertiesSchema>;

/** The specs that apply to one element, by property name, in the model's order. */
export function specsFor(model: ModelProperties, element: { kind?: string; type?: string }): Map<string, PropertySpec> {
  const own = element.type !== undefined
    ? model.relationshipTypes.find((t) => t.id === element.type)?.properties ?? []
    : [...model.commonNodeProperties, ...(model.kinds.find((k) => k.id === element.kind)?.properties ?? [])];
  return new Map([...own, ...model.commonProperties].map((spec) => [spec.name, spec]));
}

export function propertyLabel(spec: PropertySpec | undefined, name: string, language: Language): string {
  return spec?.names[language] ?? name;
}

let pending: Promise<ModelProperties> | null = null;

function loadModelProperties(): Promise<ModelProperties> {
  pending ??= fetchJson("/api/model", { schema: modelPropertiesSchema }).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

/**
 * The model's property specs; `settled` once they arrived or failed to (labels then fall
 * back to the raw property names rather than waiting for ever).
 */
export function useModelProperties(): { model: ModelProperties | null; settled: boolean } {
  const [state, setState] = useState<{ model: ModelProperties | null; settled: boolean }>({ model: null, settled: false });
  useEffect(() => {
    let live = true;
    loadModelProperties().then(
      (model) => live && setState({ model, settled: true }),
      () => live && setState({ model: null, settled: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
