import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ValueFormat } from "./formatValue";
import { useLanguage } from "../i18n/useLanguage";

/** How the panels write values in the UI's language: yes/no, coded values by their labels. */
export function useValueFormat(): ValueFormat {
  const { t } = useTranslation("panels");
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      yes: t("yes"),
      no: t("no"),
      enumLabel: (value: string) => t(`values.${value}`, { defaultValue: value }),
    }),
    [t, language],
  );
}
