import type { Language } from "../../../contract/model.ts";

const suffix: Record<Language, string> = { fr: "Fr", nl: "Nl", en: "En" };
const order: Record<Language, Language[]> = { fr: ["fr", "en", "nl"], nl: ["nl", "en", "fr"], en: ["en", "fr", "nl"] };

/**
 * An entity's acronym in `language`, else in another language (many bodies have an
 * acronym in one language only); undefined when it has none.
 */
export function acronymOf(data: Record<string, unknown>, language: Language): string | undefined {
  for (const lang of order[language]) {
    const value = data[`acronym${suffix[lang]}`];
    if (typeof value === "string" && value.trim()) return value;
  }
  return undefined;
}

/** What a list shows of an entity: its name, and its acronym when that adds something. */
export function entityLabel(data: { name: string } & Record<string, unknown>, language: Language): { name: string; acronym?: string } {
  const acronym = acronymOf(data, language);
  return acronym && acronym !== data.name ? { name: data.name, acronym } : { name: data.name };
}
