import { useEffect, useState } from "react";
import type { GraphModelDefinition, PropertySpec } from "../../../contract/model.ts";
import { fetchModel } from "../graph/graphApi";
import type { Language } from "../../../contract/model.ts";

/**
 * The model's property specs (`GET /api/model`): what each property is called in FR/NL/EN
 * and its type. The panels read them here, once per page.
 */
export type { PropertySpec };
export type ModelProperties = Pick<GraphModelDefinition, "commonNodeProperties" | "commonProperties" | "kinds" | "relationshipTypes">;

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
  pending ??= fetchModel().catch((error: unknown) => {
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
