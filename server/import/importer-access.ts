import { markingOfProps } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";
import { canSee, highestMarking, type Clearance, type Marking } from "../../contract/markings.ts";
import { NARROWEST_VIEWER, viewerFor, type Viewer } from "../access/viewer.ts";

const KEPT_IDS = 100;

/**
 * What one importer may see of the stored graph, judged by the rule every read obeys: a
 * node by its own marking, a relationship by its own and both its ends'. An importer
 * without a clearance (the seed loader, the command line run by the operator) sees
 * everything. Statements that judge run with `viewer` (the transaction's `$markings` and
 * `$caveats`) and `parameters` (`$seesAll`).
 *
 * It also keeps the hidden ids the import touched (an id in the files that a hidden
 * element holds, a relationship end that is hidden, a hidden relationship that stops a
 * replace): the import answers them as it answers any taken or missing id, and the audit
 * trail records them (see auditHiddenIds).
 */
export class ImporterAccess {
  readonly viewer: Viewer;
  readonly seesAll: boolean;
  private readonly hiddenIds = new Set<string>();
  private hiddenMarkings: Marking[] = [];

  constructor(private readonly clearance: Clearance | undefined) {
    this.seesAll = clearance === undefined;
    this.viewer = clearance ? viewerFor(clearance) : NARROWEST_VIEWER;
  }

  get parameters(): { seesAll: boolean } {
    return { seesAll: this.seesAll };
  }

  /** Whether the importer may see an element with these stored properties (its marking). */
  sees(props: object): boolean {
    return !this.clearance || canSee(this.clearance, markingOfProps(props));
  }

  /** Notes a hidden id the import touched, with the stored properties of what makes it hidden. */
  touchedHidden(id: string, ...marked: object[]): void {
    this.hiddenIds.add(id);
    this.hiddenMarkings = [highestMarking([...this.hiddenMarkings, ...marked.map(markingOfProps)])];
  }

  get touchedAny(): boolean {
    return this.hiddenIds.size > 0;
  }

  /** The hidden ids touched (the first hundred) and how many there were. */
  get touched(): { ids: string[]; count: number; marking: ResponseMarking } {
    return { ids: [...this.hiddenIds].slice(0, KEPT_IDS), count: this.hiddenIds.size, marking: highestMarking(this.hiddenMarkings) };
  }
}
