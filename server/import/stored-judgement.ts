import { markingOfProps } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import { classificationRank, highestMarking } from "../../contract/markings.ts";
import type { ImporterAccess } from "./importer-access.ts";
import type { ProblemList } from "./problem-list.ts";
import type { SourceLocation } from "./records.ts";

/** A stored marking an import changes: recorded as `marking.change` when the import commits. */
export interface ImportedMarkingChange {
  element: "node" | "relationship";
  id: string;
  before: ResponseMarking;
  after: ResponseMarking;
}

/** An element of the files that the database already holds: its wire properties and where it is. */
interface Incoming {
  id: string;
  props: Record<string, unknown>;
  at: SourceLocation;
}

/**
 * How the importer may touch what is stored. An element it may not see (for a
 * relationship: the relationship or either stored end) is, to it, an id already in use:
 * never changed, rewired or deleted, refused with the words any taken id gets. A marking
 * changes only on purpose: left out of the files, the stored one stays; lowered (a lower
 * level or a caveat dropped), it is refused unless the importer may lower markings (an
 * admin, who sees both the old marking and, by the clearance check of the files, the
 * new); every change of a marking is kept to be recorded.
 */
export class StoredJudgement {
  readonly markingChanges: ImportedMarkingChange[] = [];

  constructor(private readonly access: ImporterAccess, private readonly problems: ProblemList, private readonly mayLower: boolean) {}

  /** Whether the importer may touch a stored element; `marked`: the stored properties that decide it. */
  mayTouch(item: Incoming, visible: boolean, marked: object[]): boolean {
    if (visible) return true;
    this.access.touchedHidden(item.id, ...marked);
    this.refuseTaken(item);
    return false;
  }

  /** The words for an id already in use, whether the importer may see what holds it or not. */
  refuseTaken(item: { id: string; at: SourceLocation }): void {
    this.problems.add({ ...item.at, field: "id", message: `id "${item.id}" is already in use in the database` });
  }

  /**
   * An import changes only its own source's elements: a stored element (one the importer
   * sees: a hidden one was refused as an id in use before this is asked) recorded under
   * another source than the one this import writes is refused, naming that source. One
   * stored without a source belongs to none and may be claimed. False when refused.
   */
  judgeSource(element: ImportedMarkingChange["element"], item: Incoming, stored: Record<string, unknown>): boolean {
    const owner = stored.provenanceSource;
    const writing = item.props.provenanceSource;
    if (typeof owner !== "string" || owner === "" || owner === writing) return true;
    this.problems.add({
      ...item.at, code: "other-source", field: "id",
      message: `id "${item.id}" is ${element === "node" ? "an entity" : "a relationship"} of source "${owner}", and an ` +
        `import never changes another source's elements (this one writes source "${String(writing)}"): give this ` +
        `file's ids a prefix (the mapping's nodes.id.prefix, such as "${prefixFor(String(writing))}") or import it as source "${owner}"`,
    });
    return false;
  }

  /**
   * Keeps the stored marking where the files leave it out (in `item.props`, which is
   * written as is), then refuses a lowering the importer may not make. False when refused.
   */
  judgeMarking(element: ImportedMarkingChange["element"], item: Incoming, stored: Record<string, unknown>): boolean {
    for (const key of ["classification", "caveats"] as const) {
      if (item.props[key] === undefined && typeof stored[key] === "string") item.props[key] = stored[key];
    }
    const before = highestMarking([markingOfProps(stored)]);
    const after = highestMarking([markingOfProps(item.props)]);
    const lowered = loweredPart(before, after);
    if (lowered && !this.mayLower) {
      this.problems.add({ ...item.at, field: lowered.field, message: lowered.message });
      return false;
    }
    if (before.classification !== after.classification || before.caveats.join(";") !== after.caveats.join(";")) {
      this.markingChanges.push({ element, id: item.id, before, after });
    }
    return true;
  }
}

/** A prefix the mapping accepts (letters, digits, . _ : -, at most 40), drawn from the source's name. */
function prefixFor(source: string): string {
  const cleaned = source.replace(/[^A-Za-z0-9._:-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 38);
  return `${cleaned || "src"}-`;
}

/** What of a marking a change lowers, with the words of its refusal; undefined when it lowers nothing. */
function loweredPart(before: ResponseMarking, after: ResponseMarking): { field: string; message: string } | undefined {
  const rule = "only an admin cleared for both markings may lower one";
  if (classificationRank(after.classification) < classificationRank(before.classification)) {
    return { field: "classification", message: `would lower the stored classification ${before.classification} to ${after.classification}: ${rule}` };
  }
  const dropped = before.caveats.filter((caveat) => !after.caveats.includes(caveat));
  if (dropped.length > 0) {
    return { field: "caveats", message: `would remove the stored caveat${dropped.length === 1 ? "" : "s"} ${dropped.join(", ")}: ${rule}` };
  }
  return undefined;
}
