import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useGraphStore } from "../graph/graphStore";
import { useLanguage } from "../i18n/useLanguage";
import { enumSpecOf, modelValueName } from "../i18n/valueNames";

/**
 * A classification level as the banner prints it in the reader's language, in capitals
 * (NON CLASSIFIÉ, NIET GECLASSIFICEERD, UNCLASSIFIED): the model's name for the value of
 * `classification` first, then the UI's (`access:classifications.*`), then the code, so
 * a level added to the contract is never shown as less than it is, only untranslated.
 */
export function useClassificationName(): (level: string) => string {
  const { t } = useTranslation("access");
  const language = useLanguage();
  const model = useGraphStore((state) => state.model);
  return useCallback(
    (level: string) => {
      const name = modelValueName(enumSpecOf(model, "classification", level), level, language)
        ?? t(`classifications.${level}`, { defaultValue: level });
      return name.toLocaleUpperCase(language);
    },
    [model, language, t],
  );
}
