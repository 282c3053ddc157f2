import type { ImportWarning } from "../../contract/imports.ts";
import { checkEndpoints, type FieldIssue } from "../graph/check-element.ts";
import type { GraphModel } from "../model/graph-model.ts";

/** An edge as the checks see it: `undirected` when its file says it has no direction. */
export interface OrientedEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  undirected?: boolean;
}

const SAMPLES = 5;
/** Ends are numbered so a pair is one exact number (two 26-bit numbers), not a string per edge. */
const END_LIMIT = 2 ** 26;
const FIRST_RAN_UP = 1;
const UNDIRECTED_SEEN = 2;

/**
 * What files from other tools need before their edges fit the model: an undirected
 * edge the model refuses as written but allows the other way round is turned around,
 * and the second of a reciprocal pair (b→a after a→b of a symmetric type such as
 * COOPERATES_WITH, or an undirected edge listed twice) is merged into the first, so an
 * adjacency matrix's ties are one relationship each. Decided while the files are read
 * (or, for ends only the database holds, in its checks); the writer applies the same
 * decisions by id. Only edges that may need it are remembered, as numbers.
 */
export class EdgeOrientation {
  /** Ids of undirected edges to write from target to source. */
  private readonly turned = new Set<string>();
  /** Ids of edges merged into the first of their pair: not written. */
  private readonly merged = new Set<string>();
  /** Per type, the unordered pairs read so far (see pairKey) → how the first ran, and whether one kept was undirected. */
  private readonly pairs = new Map<string, Map<number, number>>();
  private readonly endNumbers = new Map<string, number>();

  constructor(private readonly model: GraphModel) {}

  /**
   * Whether this edge repeats a relationship already read: the reverse of one of a
   * symmetric type, or an undirected edge whose pair was kept undirected before. A repeat is
   * remembered as merged (its ends are not checked: the first one's are).
   */
  isRepeat(edge: OrientedEdge): boolean {
    const symmetric = this.model.relationshipType(edge.type)?.symmetric === true;
    if (!symmetric && !edge.undirected) return false;
    const key = this.pairKey(edge.source, edge.target);
    if (key === undefined) return false;
    let byPair = this.pairs.get(edge.type);
    if (!byPair) this.pairs.set(edge.type, (byPair = new Map()));
    const ranUp = this.endNumbers.get(edge.source)! <= this.endNumbers.get(edge.target)!;
    const seen = byPair.get(key);
    const undirectedBit = edge.undirected ? UNDIRECTED_SEEN : 0;
    if (seen === undefined) {
      byPair.set(key, (ranUp ? FIRST_RAN_UP : 0) | undirectedBit);
      return false;
    }
    const undirectedTwice = edge.undirected === true && (seen & UNDIRECTED_SEEN) !== 0;
    const reversed = ranUp !== ((seen & FIRST_RAN_UP) !== 0) && edge.source !== edge.target;
    if (undirectedTwice || (symmetric && reversed)) {
      this.merged.add(edge.id);
      return true;
    }
    byPair.set(key, seen | undirectedBit);
    return false;
  }

  /**
   * The endpoint rule, with an undirected edge turned around when only the other way
   * is allowed. Where neither is, one problem names the types the model allows
   * between the two kinds.
   */
  check(edge: OrientedEdge, from: string, to: string): (FieldIssue & { code: "not-allowed" }) | undefined {
    if (!edge.undirected) {
      const rule = checkEndpoints(this.model, edge.type, from, to);
      return rule && { ...rule, code: "not-allowed" };
    }
    if (this.model.allows(edge.type, from, to)) return undefined;
    if (this.model.allows(edge.type, to, from)) {
      this.turned.add(edge.id);
      return undefined;
    }
    const allowed = this.model.relationshipTypeIds.flatMap((type) => [
      ...(this.model.allows(type, from, to) ? [`${type} (${from} → ${to})`] : []),
      ...(from !== to && this.model.allows(type, to, from) ? [`${type} (${to} → ${from})`] : []),
    ]);
    const between = from === to ? `between two ${from}s` : `between ${from} and ${to}`;
    return {
      code: "not-allowed", field: "type",
      message: `the model allows ${edge.type} neither ${from} → ${to} nor ${to} → ${from}; ` +
        (allowed.length > 0 ? `${between} it allows ${allowed.join(", ")}` : `it allows no relationship type ${between}`),
    };
  }

  /** The edge as it is written: turned, as read, or undefined when it was merged into another. */
  asWritten(data: Record<string, unknown>): Record<string, unknown> | undefined {
    const id = String(data.id);
    if (this.merged.has(id)) return undefined;
    return this.turned.has(id) ? { ...data, source: data.target, target: data.source } : data;
  }

  /** One warning per cause, with counts and a few ids. */
  warnings(): ImportWarning[] {
    const warnings: ImportWarning[] = [];
    const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    if (this.turned.size > 0) {
      warnings.push({
        code: "oriented", element: "edge", count: this.turned.size, samples: [...take(this.turned, SAMPLES)],
        message: `${plural(this.turned.size, "undirected edge runs", "undirected edges run")} the other way round from the file, ` +
          "the only direction the model allows",
      });
    }
    if (this.merged.size > 0) {
      warnings.push({
        code: "reciprocal-merged", element: "edge", count: this.merged.size, samples: [...take(this.merged, SAMPLES)],
        message: `${plural(this.merged.size, "edge repeats", "edges repeat")} a relationship already read the other way round ` +
          "(a symmetric type, or an undirected edge listed twice) and " + (this.merged.size === 1 ? "is" : "are") +
          " merged into it; its own properties are not written",
      });
    }
    return warnings;
  }

  private pairKey(source: string, target: string): number | undefined {
    const a = this.numberOf(source);
    const b = this.numberOf(target);
    if (a === undefined || b === undefined) return undefined;
    return Math.min(a, b) * END_LIMIT + Math.max(a, b);
  }

  private numberOf(id: string): number | undefined {
    let number = this.endNumbers.get(id);
    if (number === undefined && this.endNumbers.size < END_LIMIT) this.endNumbers.set(id, (number = this.endNumbers.size));
    return number;
  }
}

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const item of items) {
    yield item;
    if (++taken >= count) return;
  }
}
