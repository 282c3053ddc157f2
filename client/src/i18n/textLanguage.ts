import type { Language } from "../../../contract/model.ts";

/**
 * Which language a piece of an element's text is written in, so that text shown in a
 * language other than the UI's can say so (see InOriginalLanguage).
 */
const LANGUAGE_ORDER: readonly Language[] = ["fr", "nl", "en"];
const suffix: Record<Language, string> = { fr: "Fr", nl: "Nl", en: "En" };

/** The language a property's text is written in, when its name says so (`descriptionFr`); null otherwise. */
export function textLanguageOf(key: string): Language | null {
  const match = /(Fr|Nl|En)$/.exec(key);
  return match ? (LANGUAGE_ORDER.find((language) => suffix[language] === match[1]) ?? null) : null;
}

/**
 * The language of the name an element is shown by: the server picks the UI's language and
 * falls back to another when the element has no name in it (often French only). Null
 * when no name member matches, as on a bare wire element.
 */
export function shownNameLanguage(data: Record<string, unknown>, language: Language): Language | null {
  if (typeof data.name !== "string") return null;
  const candidates = [language, ...LANGUAGE_ORDER.filter((other) => other !== language)];
  return candidates.find((candidate) => data[`name${suffix[candidate]}`] === data.name) ?? null;
}
