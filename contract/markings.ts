import { z } from "zod";

/**
 * Security markings of graph elements and clearances of users: the rules the server
 * enforces and the dashboard shows.
 *
 * Classification levels, lowest first, as the Belgian law of 11 December 1998 and NATO
 * order them (TOP_SECRET is TRÈS SECRET / ZEER GEHEIM). An element without a
 * classification is UNCLASSIFIED.
 *
 * Caveats (such as "REL NATO") work as compartments: an element that carries caveats is
 * visible only to a user who holds every one of them, whatever the user's level. So a
 * caveat always narrows who may see an element, never widens it; an aggregate of
 * several elements (a query result, an export) carries the union of their caveats. This
 * is stricter than reading "REL X" as a releasability list to be intersected, and it is
 * the reading that can never disclose more than each element allows.
 */
export const CLASSIFICATIONS = ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP_SECRET"] as const;

export const Classification = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof Classification>;

/** "rel  nato " and "REL NATO" are one caveat: upper case, single spaces. */
export function normaliseCaveat(caveat: string): string {
  return caveat.trim().replace(/\s+/g, " ").toUpperCase();
}

export const Caveat = z.string().transform(normaliseCaveat)
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9 /_-]{0,39}$/, "must be 1–40 letters, digits, spaces, / _ or -, such as REL NATO"));

/** A set of caveats: normalised, without duplicates, sorted. */
export const CaveatList = z.array(Caveat).max(20).transform((list) => [...new Set(list)].sort());

/** The same, empty when absent. */
export const Caveats = CaveatList.default([]);

export interface Clearance {
  level: Classification;
  caveats: readonly string[];
}

export interface Marking {
  /** Absent or null: UNCLASSIFIED. */
  classification?: string | null;
  caveats?: readonly string[] | null;
}

/**
 * The marking of an answer: the highest classification and every caveat of the elements
 * it rests on. Every response that carries graph data has it, at the top level, so the
 * dashboard can show it as a banner.
 */
export interface ResponseMarking {
  classification: Classification;
  caveats: string[];
}

export const markingSchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  caveats: z.array(z.string()),
}).describe("The highest marking of the data the answer rests on.").meta({ id: "Marking" });

/** The rank of a level, or -1 for a value that is not a known level. */
export function classificationRank(level: string): number {
  return CLASSIFICATIONS.indexOf(level as Classification);
}

/**
 * Whether a user with this clearance may see an element with this marking: the level
 * reaches the element's, and every caveat of the element is held. A marking this code
 * cannot read (an unknown level) is seen by nobody.
 */
export function canSee(clearance: Clearance, marking: Marking): boolean {
  const needed = classificationRank(marking.classification ?? "UNCLASSIFIED");
  const held = classificationRank(clearance.level);
  if (needed < 0 || held < needed) return false;
  const holds = new Set(clearance.caveats.map(normaliseCaveat));
  return (marking.caveats ?? []).every((caveat) => holds.has(normaliseCaveat(caveat)));
}

/**
 * The marking of a whole made of these parts: the highest level and the union of the
 * caveats (see the rule above). An empty list is UNCLASSIFIED. An unknown level makes
 * the whole the highest level (TOP_SECRET), so that it is never shown as less than it may be.
 */
export function highestMarking(list: readonly Marking[]): ResponseMarking {
  let rank = 0;
  const caveats = new Set<string>();
  for (const marking of list) {
    const level = classificationRank(marking.classification ?? "UNCLASSIFIED");
    rank = Math.max(rank, level < 0 ? CLASSIFICATIONS.length - 1 : level);
    for (const caveat of marking.caveats ?? []) caveats.add(normaliseCaveat(caveat));
  }
  return { classification: CLASSIFICATIONS[rank]!, caveats: [...caveats].sort() };
}

/** Whether a marking says anything: anything but UNCLASSIFIED without caveats. */
export function isMarked(marking: Marking): boolean {
  return (marking.classification ?? "UNCLASSIFIED") !== "UNCLASSIFIED" || (marking.caveats?.length ?? 0) > 0;
}

/** A banner line such as "CONFIDENTIAL // REL NATO" (TOP_SECRET is written TOP SECRET). */
export function formatMarking(marking: Marking): string {
  const caveats = [...(marking.caveats ?? [])].map(normaliseCaveat).sort();
  return [levelText(marking.classification ?? "UNCLASSIFIED"), ...caveats].join(" // ");
}

/** A level as it is printed on documents: TOP_SECRET is TOP SECRET. */
export function levelText(level: string): string {
  return level.replaceAll("_", " ");
}
