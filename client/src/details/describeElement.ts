import type { Language } from "../../../contract/model.ts";
import { propertyLabel, type PropertySpec } from "./propertySpecs";
import type { ElementData } from "./nodeDetailsSchema";

/**
 * Splits an element's data into what the details panel shows in its own sections (names,
 * acronyms) and the remaining properties, labelled with the model's names in the UI's
 * language. Provenance and wire members (id, kind, name, source, target, type, distance)
 * are shown elsewhere or not at all.
 */
export const LANGUAGE_ORDER: readonly Language[] = ["fr", "nl", "en"];

const suffix: Record<Language, string> = { fr: "Fr", nl: "Nl", en: "En" };
const WIRE_MEMBERS = new Set(["id", "kind", "name", "source", "target", "type", "distance"]);
const PROVENANCE = /^provenance[A-Z]/;
const NAME_MEMBER = /^(name|acronym|nameOfficial)(Fr|Nl|En)$/;

export interface NameInLanguage {
  language: Language;
  name: string | null;
  /** False for a plain translation; null when the source does not say. */
  official: boolean | null;
}

export interface LabelledProperty {
  key: string;
  label: string;
  value: unknown;
  spec: PropertySpec | undefined;
}

export function namesOf(data: ElementData): NameInLanguage[] {
  return LANGUAGE_ORDER.map((language) => {
    const name = data[`name${suffix[language]}`];
    const official = data[`nameOfficial${suffix[language]}`];
    return {
      language,
      name: typeof name === "string" && name !== "" ? name : null,
      official: typeof official === "boolean" ? official : null,
    };
  });
}

export function acronymsOf(data: ElementData): { language: Language; acronym: string }[] {
  return LANGUAGE_ORDER.flatMap((language) => {
    const acronym = data[`acronym${suffix[language]}`];
    return typeof acronym === "string" && acronym !== "" ? [{ language, acronym }] : [];
  });
}

/** The other properties: the model's first, in its order, then any it does not describe, by name. */
export function otherProperties(data: ElementData, specs: Map<string, PropertySpec>, language: Language): LabelledProperty[] {
  const keys = Object.keys(data).filter(
    (key) => !WIRE_MEMBERS.has(key) && !PROVENANCE.test(key) && !NAME_MEMBER.test(key) && data[key] !== null && data[key] !== undefined,
  );
  const modelOrder = [...specs.keys()];
  keys.sort((a, b) => rank(modelOrder, a) - rank(modelOrder, b) || a.localeCompare(b));
  return keys.map((key) => ({ key, label: propertyLabel(specs.get(key), key, language), value: data[key], spec: specs.get(key) }));
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** Provenance carried on the element itself (relationships have no details route to quote from). */
export function provenanceOf(data: ElementData) {
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : null);
  return {
    document: text("provenanceDocument"),
    locator: text("provenanceLocator"),
    loadedBy: text("provenanceLoadedBy"),
    loadedAt: text("provenanceLoadedAt"),
    excerpt: [] as { line: number; text: string }[],
  };
}
