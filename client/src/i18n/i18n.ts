import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../../../contract/model.ts";
import enAccess from "./locales/en/access.json";
import enCommon from "./locales/en/common.json";
import enData from "./locales/en/data.json";
import enExplore from "./locales/en/explore.json";
import enPanels from "./locales/en/panels.json";
import frAccess from "./locales/fr/access.json";
import frCommon from "./locales/fr/common.json";
import frData from "./locales/fr/data.json";
import frExplore from "./locales/fr/explore.json";
import frPanels from "./locales/fr/panels.json";
import nlAccess from "./locales/nl/access.json";
import nlCommon from "./locales/nl/common.json";
import nlData from "./locales/nl/data.json";
import nlExplore from "./locales/nl/explore.json";
import nlPanels from "./locales/nl/panels.json";

/**
 * The UI's three languages. Namespaces follow the screen areas (common: the frame;
 * explore: canvas, search, filters, legend, table; panels: details, queries, what-if;
 * data: the data page: upload, import report, history, data quality, export; access:
 * signing in, the session, markings, users, audit trail, tokens, saved views).
 * The choice comes from `?lang=`, else the last choice, else the browser, else English;
 * it is remembered, and `<html lang>` follows it.
 */
export const LANGUAGES: readonly Language[] = ["fr", "nl", "en"];
const STORAGE_KEY = "cooperation-dashboard.lang";

export const resources = {
  en: { common: enCommon, explore: enExplore, panels: enPanels, data: enData, access: enAccess },
  fr: { common: frCommon, explore: frExplore, panels: frPanels, data: frData, access: frAccess },
  nl: { common: nlCommon, explore: nlExplore, panels: nlPanels, data: nlData, access: nlAccess },
} as const;

export function initialLanguage(search = window.location.search): Language {
  const candidates = [
    new URLSearchParams(search).get("lang"),
    safeStorage()?.getItem(STORAGE_KEY),
    ...navigator.languages.map((tag) => tag.slice(0, 2)),
  ];
  return (candidates.find((c) => LANGUAGES.includes(c as Language)) as Language | undefined) ?? "en";
}

export function setupI18n(language: Language = initialLanguage()) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    ns: ["common", "explore", "panels", "data", "access"],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
    safeStorage()?.setItem(STORAGE_KEY, lng);
  });
  return i18next;
}

export function currentLanguage(): Language {
  const lng = i18next.language;
  return LANGUAGES.includes(lng as Language) ? (lng as Language) : "en";
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
