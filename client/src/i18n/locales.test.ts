// @vitest-environment node
import { describe, expect, it } from "vitest";
import { resources } from "./i18n";
import { SAME_TEXTS } from "./sameTexts";
import type { Language } from "../../../contract/model.ts";

/**
 * Keeps the three languages whole: every text exists in French, Dutch and English, none
 * is left equal to another language's text unless `SAME_TEXTS` says why, and the words a
 * Belgian reader would stumble on (the Netherlands' terms, calques, false friends) stay out.
 */
const LANGUAGES: Language[] = ["fr", "nl", "en"];
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every text of a language as "namespace:dotted.key" → text. */
function textsOf(language: Language): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") texts.set(key, value);
    else for (const [part, inner] of Object.entries(value as Record<string, unknown>)) walk(inner, key.endsWith(":") ? key + part : `${key}.${part}`);
  };
  for (const [namespace, tree] of Object.entries(resources[language])) walk(tree, `${namespace}:`);
  return texts;
}

const texts = Object.fromEntries(LANGUAGES.map((language) => [language, textsOf(language)])) as Record<Language, Map<string, string>>;
const baseKey = (key: string) => key.replace(PLURAL, "");

/** The keys whose text is the same in at least two languages (plural forms compared form by form). */
function keysWithSameText(): Set<string> {
  const same = new Set<string>();
  for (const [key, text] of texts.en) {
    if (texts.fr.get(key) === text || texts.nl.get(key) === text) same.add(key);
  }
  for (const [key, text] of texts.fr) if (texts.nl.get(key) === text) same.add(key);
  return same;
}

/** Words decided against, with what the texts say instead. */
const BANNED: { language: Language; word: RegExp; instead: string; example: string }[] = [
  { language: "nl", word: /rubricer|gerubriceerd/i, instead: "classificatie / geclassificeerd (wet van 11 december 1998)", example: "Niet gerubriceerd" },
  { language: "nl", word: /graafwerktuig/i, instead: "Netwerkhulpmiddelen", example: "Graafwerktuigen" },
  { language: "nl", word: /schikk|geschikt…/i, instead: "Indeling / indelen", example: "Schikking" },
  { language: "nl", word: /hoogstens (resultaten|relaties|diensten)/i, instead: "Maximaal aantal …", example: "Hoogstens resultaten" },
  { language: "nl", word: /voorbehoud/i, instead: "Verspreidingsbeperking(en)", example: "Voorbehouden" },
  { language: "nl", word: /zoekvra/i, instead: "Vraag / Vragen", example: "Zoekvragen" },
  { language: "nl", word: /datakwaliteit|datateam/i, instead: "Gegevenskwaliteit / Gegevensteam", example: "Datakwaliteit" },
  { language: "nl", word: /coördinatieorgaan/i, instead: "overlegorgaan (OCAD heet Coördinatieorgaan voor de dreigingsanalyse)", example: "Coördinatieorgaan" },
  { language: "nl", word: /\bverbinding\b|zonder verbinding/i, instead: "verbindingsofficier (liaison), relatie (link)", example: "zonder verbinding" },
  { language: "nl", word: /\bmachtiging\b/i, instead: "Veiligheidsmachtiging", example: "Machtiging" },
  { language: "nl", word: /^betrouwbaarheid$/i, instead: "Analytisch vertrouwen (betrouwbaarheid van de bron is de NAVO-gradering A–F)", example: "Betrouwbaarheid" },
  { language: "fr", word: /(résultats|relations|services) au plus/i, instead: "Nombre maximal de …", example: "Résultats au plus" },
  { language: "fr", word: /^Mentions$|une mention :/, instead: "Mentions de diffusion", example: "Mentions" },
  { language: "fr", word: /^fiabilité$/i, instead: "Confiance analytique (la fiabilité de la source est la cotation OTAN A–F)", example: "Fiabilité" },
  { language: "fr", word: /^contre$/i, instead: "lutte contre", example: "contre" },
];

describe("the dashboard's texts in French, Dutch and English", () => {
  it("have every key in every language, none empty", () => {
    for (const language of LANGUAGES) {
      const mine = new Set([...texts[language].keys()].map(baseKey));
      for (const other of LANGUAGES) {
        const missing = [...texts[other].keys()].map(baseKey).filter((key) => !mine.has(key));
        expect([...new Set(missing)], `missing in ${language}, present in ${other}`).toEqual([]);
      }
      expect([...texts[language]].filter(([, text]) => text.trim() === "").map(([key]) => key), `empty in ${language}`).toEqual([]);
    }
  });

  it("have the plural forms each language needs", () => {
    for (const language of LANGUAGES) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((form) => form !== "zero");
      const plurals = new Set([...texts[language].keys()].filter((key) => PLURAL.test(key)).map(baseKey));
      const missing = [...plurals].flatMap((key) => needed.filter((form) => !texts[language].has(`${key}_${form}`)).map((form) => `${key}_${form}`));
      expect(missing, language).toEqual([]);
    }
  });

  it("are not left equal to another language's text, unless listed as intentionally the same", () => {
    const unexplained = [...keysWithSameText()].filter((key) => !(key in SAME_TEXTS));
    expect(unexplained, "same text in two languages: translate it, or list it in sameTexts.ts with a reason").toEqual([]);
  });

  it("list no text as intentionally the same that is no longer the same", () => {
    const same = keysWithSameText();
    const stale = Object.keys(SAME_TEXTS).filter((key) => !same.has(key));
    expect(stale, "remove these from sameTexts.ts: their texts differ now (or the key is gone)").toEqual([]);
    for (const [key, reason] of Object.entries(SAME_TEXTS)) expect(reason.trim(), key).not.toBe("");
  });

  it("avoid the words decided against", () => {
    for (const { word, example } of BANNED) expect(word.test(example), `${word} should catch "${example}"`).toBe(true);
    const found = BANNED.flatMap(({ language, word, instead }) =>
      [...texts[language]].filter(([, text]) => word.test(text)).map(([key, text]) => `${language} ${key}: "${text}" → ${instead}`));
    expect(found).toEqual([]);
  });
});
