import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { valueName, type GraphModelDefinition, type Language, type PropertySpec } from "../../../contract/model.ts";
import { useGraphStore } from "../graph/graphStore";
import { useLanguage } from "./useLanguage";

/**
 * Enum values (`UNCLASSIFIED`, `P1M`, `close`, `national`…) as a reader calls them. The
 * model's `valueNames` say it first; the UI's own texts (`panels:values.*`) cover values
 * the model does not name yet; the stored code is the last resort, never hidden.
 */
export type ModelWithProperties = Pick<GraphModelDefinition, "commonNodeProperties" | "commonProperties" | "kinds" | "relationshipTypes">;

/** Every property spec of the model: shared ones, then each kind's and each relationship type's. */
function allSpecs(model: ModelWithProperties): PropertySpec[] {
  return [
    ...model.commonNodeProperties,
    ...model.commonProperties,
    ...model.kinds.flatMap((kind) => kind.properties),
    ...model.relationshipTypes.flatMap((type) => type.properties),
  ];
}

/** The spec of a property called `property` whose enum lists `value`, wherever the model declares it. */
export function enumSpecOf(model: ModelWithProperties | null, property: string, value: string): PropertySpec | undefined {
  return model ? allSpecs(model).find((spec) => spec.name === property && spec.enum?.includes(value)) : undefined;
}

/** The model's name of an enum value in `language`; undefined when the model names no such value. */
export function modelValueName(spec: PropertySpec | undefined, value: string, language: Language): string | undefined {
  const name = valueName(spec, value, language);
  return spec?.valueNames?.[value] ? name : undefined;
}

/** A first letter in capitals, for a value shown as a label of its own (a filter's choice). */
export function asLabel(text: string, language: Language): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** `value` of the model's property `property` (or of the given spec), as a reader calls it. */
export type ValueNamer = (property: string, value: string, spec?: PropertySpec) => string;

/** Where the UI's own texts name a property's values, when not under `panels:values`. */
const UI_TEXTS: Record<string, string> = { classification: "access:classifications" };

/** Names enum values in the UI's language, from the graph store's model (or a spec the caller holds). */
export function useValueName(): ValueNamer {
  const { t } = useTranslation("panels");
  const language = useLanguage();
  const model = useGraphStore((state) => state.model);
  return useCallback(
    (property: string, value: string, spec?: PropertySpec) =>
      modelValueName(spec ?? enumSpecOf(model, property, value), value, language)
        ?? t(`${UI_TEXTS[property] ?? "panels:values"}.${value}`, { defaultValue: value }),
    [model, language, t],
  );
}
