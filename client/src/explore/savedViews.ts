import i18next from "i18next";
import { LANGUAGES } from "../i18n/i18n";
import type { Language } from "../../../contract/model.ts";
import { searchToView } from "../view/urlState";
import { useViewStore } from "../view/viewStore";

/** A saved view's `url` is the dashboard's query string; only that is kept, never a host. */
export function savedViewSearch(url: string): string {
  const query = url.includes("?") ? url.slice(url.indexOf("?")) : `?${url}`;
  return query;
}

/** Shows a saved view without reloading: its view state and its language. */
export function openSavedView(url: string): void {
  const search = savedViewSearch(url);
  useViewStore.setState({ ...searchToView(search), emphasis: null, whatIfImpact: null });
  const language = new URLSearchParams(search).get("lang");
  if (language && LANGUAGES.includes(language as Language) && language !== i18next.language) void i18next.changeLanguage(language);
}
