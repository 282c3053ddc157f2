import { names, type Names } from "./canned-query.ts";

/**
 * Clauses a finding sentence adds when its answer stops short, so that no limit is silent:
 * the summary says it in words, the answer's fields (`truncated`, `findingsInAll`,
 * `cutOffListed`, `membersListed`) say it to the dashboard.
 */

/** " (the 50 most damaging of 80)" when `limit` kept fewer findings than exist, else nothing. */
export function findingsLimitClause(listed: number, inAll: number): Names {
  if (listed >= inAll) return names("", "", "");
  return names(
    ` (the ${listed} most damaging of ${inAll} are listed)`,
    ` (les ${listed} plus dommageables sur ${inAll} sont listés)`,
    ` (de ${listed} zwaarste van ${inAll} staan in de lijst)`,
  );
}

/** What the answer says about member lists cut at `atMost`: how many rows name only part of what they cut off. */
export function cutOffListed(rows: { cutOffSize: number; cutOff: string[] }[], atMost: number) {
  return { atMost, rowsCut: rows.filter((row) => row.cutOff.length < row.cutOffSize).length };
}

/** "; the cut-off lists name at most 100 entities each (3 lists are partial)" when some list is cut, else nothing. */
export function cutOffListedClause(listed: { atMost: number; rowsCut: number }): Names {
  if (listed.rowsCut === 0) return names("", "", "");
  const { atMost, rowsCut } = listed;
  return names(
    `; each cut-off list names at most ${atMost} entities, so ${rowsCut} of them ${rowsCut === 1 ? "is" : "are"} partial (the counts are complete)`,
    `; chaque liste des entités coupées en nomme au plus ${atMost}, ${rowsCut === 1 ? "une liste est donc partielle" : `${rowsCut} listes sont donc partielles`} (les nombres sont complets)`,
    `; elke lijst van afgesneden entiteiten noemt er ten hoogste ${atMost}, dus ${rowsCut === 1 ? "één lijst is" : `${rowsCut} lijsten zijn`} onvolledig (de aantallen zijn volledig)`,
  );
}

/** The three languages' clauses joined after a sentence. */
export function withClauses(sentence: Names, ...clauses: Names[]): Names {
  return names(
    sentence.en + clauses.map((c) => c.en).join(""),
    sentence.fr + clauses.map((c) => c.fr).join(""),
    sentence.nl + clauses.map((c) => c.nl).join(""),
  );
}

/** What the answer says about community member lists cut at `atMost`. */
export function membersListed(rows: { size: number; members: string[] }[], atMost: number) {
  return { atMost, rowsCut: rows.filter((row) => row.members.length < row.size).length };
}

/** "; each member list names at most 200 entities, so 1 of them is partial" when some list is cut, else nothing. */
export function membersListedClause(listed: { atMost: number; rowsCut: number }): Names {
  if (listed.rowsCut === 0) return names("", "", "");
  const { atMost, rowsCut } = listed;
  return names(
    `; each member list names at most ${atMost} entities, so ${rowsCut} of them ${rowsCut === 1 ? "is" : "are"} partial (the sizes are complete)`,
    `; chaque liste de membres en nomme au plus ${atMost}, ${rowsCut === 1 ? "une liste est donc partielle" : `${rowsCut} listes sont donc partielles`} (les tailles sont complètes)`,
    `; elke ledenlijst noemt er ten hoogste ${atMost}, dus ${rowsCut === 1 ? "één lijst is" : `${rowsCut} lijsten zijn`} onvolledig (de groottes zijn volledig)`,
  );
}
