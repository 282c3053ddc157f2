import { useCallback } from "react";
import { useLanguage } from "../i18n/useLanguage";
import { useValueName } from "../i18n/valueNames";

/**
 * A classification level as the banner prints it in the reader's language, in capitals
 * (NON CLASSIFIÉ, NIET GECLASSIFICEERD, UNCLASSIFIED): the model's name for the value of
 * `classification` first, then the UI's (`access:classifications.*`), then the code, so
 * a level added to the contract is never shown as less than it is, only untranslated.
 */
export function useClassificationName(): (level: string) => string {
  const language = useLanguage();
  const valueName = useValueName();
  return useCallback((level: string) => valueName("classification", level).toLocaleUpperCase(language), [valueName, language]);
}
