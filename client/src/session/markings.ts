import { CLASSIFICATIONS, type Classification } from "./accessSchemas";

/**
 * Security markings as the client shows them (server/auth/markings.ts has the rules):
 * the highest level wins, caveats add up, and a level this code does not know counts as
 * the highest, so a banner never shows less than the data may be.
 */
export interface Marking {
  classification: Classification;
  caveats: string[];
}

export const UNCLASSIFIED: Marking = { classification: "UNCLASSIFIED", caveats: [] };

function normaliseCaveat(caveat: string): string {
  return caveat.trim().replace(/\s+/g, " ").toUpperCase();
}

/** An answer's `marking` member; absent or null: UNCLASSIFIED (until every route sends one). */
export function readMarking(value: unknown): Marking {
  if (typeof value !== "object" || value === null) return UNCLASSIFIED;
  const { classification, caveats } = value as { classification?: unknown; caveats?: unknown };
  const level = classification === undefined || classification === null ? "UNCLASSIFIED" : String(classification);
  return highestMarking([{
    classification: (CLASSIFICATIONS as readonly string[]).includes(level) ? (level as Classification) : "SECRET",
    caveats: Array.isArray(caveats) ? caveats.map(String) : [],
  }]);
}

export function highestMarking(list: readonly Marking[]): Marking {
  let rank = 0;
  const caveats = new Set<string>();
  for (const marking of list) {
    const level = CLASSIFICATIONS.indexOf(marking.classification);
    rank = Math.max(rank, level < 0 ? CLASSIFICATIONS.length - 1 : level);
    for (const caveat of marking.caveats) caveats.add(normaliseCaveat(caveat));
  }
  return { classification: CLASSIFICATIONS[rank]!, caveats: [...caveats].sort() };
}

/** "SECRET — REL NATO"; the level's name stays in English, as it is printed on documents. */
export function markingText(marking: Marking): string {
  return marking.caveats.length ? `${marking.classification} — ${marking.caveats.join(", ")}` : marking.classification;
}
