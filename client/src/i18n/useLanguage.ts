import { useTranslation } from "react-i18next";
import { LANGUAGES } from "./i18n";
import type { Language } from "../../../contract/model.ts";

/** The UI's language as one of the model's three; re-renders the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation("panels");
  const language = i18n.resolvedLanguage ?? i18n.language;
  return LANGUAGES.includes(language as Language) ? (language as Language) : "en";
}
