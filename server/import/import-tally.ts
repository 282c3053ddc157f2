import { highestMarking, type Marking, type ResponseMarking } from "../../contract/markings.ts";
import type { ElementChange, ElementCounts, ImportReport } from "./import-report.ts";

/** What an import created, updated, left and deleted, the first changes of each, and the marking of all it names. */
export interface Tally {
  created: ElementCounts;
  updated: ElementCounts;
  unchanged: ElementCounts;
  deleted: ElementCounts;
  changes: ImportReport["changes"];
  /**
   * The highest marking of every element the files name, as stored and as written (a
   * relationship with its ends): unchanged ones and those past the change list's limit
   * count too, since the report's counts and file names rest on them.
   */
  marking: ResponseMarking;
}

/** The changes a report lists per category; the counts hold them all. */
const CHANGE_LIMIT = 500;

export function emptyTally(): Tally {
  return {
    created: { nodes: 0, edges: 0 }, updated: { nodes: 0, edges: 0 },
    unchanged: { nodes: 0, edges: 0 }, deleted: { nodes: 0, edges: 0 },
    changes: { created: [], updated: [], deleted: [], truncated: false },
    marking: highestMarking([]),
  };
}

export function tallyChanged({ created, updated, deleted }: Tally): boolean {
  return created.nodes + created.edges + updated.nodes + updated.edges + deleted.nodes + deleted.edges > 0;
}

/** Raises the tally's marking to cover these. */
export function markTally(tally: Tally, markings: Marking[]): void {
  tally.marking = highestMarking([tally.marking, ...markings]);
}

/** Lists one change (up to the limit) and raises the marking to cover it. */
export function noteChange(tally: Tally, category: "created" | "updated" | "deleted", entry: ElementChange): void {
  markTally(tally, [entry.marking]);
  const list = tally.changes[category];
  if (list.length < CHANGE_LIMIT) list.push(entry);
  else tally.changes.truncated = true;
}
