import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ValueFormat } from "./formatValue";
import { useLanguage } from "../i18n/useLanguage";
import { enumSpecOf, useValueName } from "../i18n/valueNames";
import { useGraphStore } from "../graph/graphStore";

/** How the panels write values in the UI's language: yes/no, enum values by the model's names for them. */
export function useValueFormat(): ValueFormat {
  const { t } = useTranslation("panels");
  const language = useLanguage();
  const valueName = useValueName();
  const model = useGraphStore((state) => state.model);
  return useMemo(
    () => ({
      language,
      yes: t("yes"),
      no: t("no"),
      enumLabel: valueName,
      isEnumValue: (property: string, value: string) => enumSpecOf(model, property, value) !== undefined,
    }),
    [t, language, valueName, model],
  );
}
