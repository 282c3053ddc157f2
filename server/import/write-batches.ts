import { markingOfProps } from "../access/answer-marking.ts";
import { isMarked, type Marking } from "../../contract/markings.ts";
import { EDGE_KEYS, NODE_KEYS, specIndex } from "../graph/check-element.ts";
import type { GraphModel } from "../model/graph-model.ts";
import type { Transaction } from "../neo4j/database.ts";
import { change, typedProps, wantedProps, type Item, type Stamp } from "./batch-items.ts";
import { changedFields } from "./compare.ts";
import type { ElementChange } from "./import-report.ts";
import { emptyTally, markTally, noteChange, tallyChanged, type Tally } from "./import-tally.ts";
import type { Deletions } from "./database-checks.ts";
import type { ImporterAccess } from "./importer-access.ts";
import type { EdgeOrientation } from "./orientation.ts";
import type { ProblemList } from "./problem-list.ts";
import type { SourceLocation } from "./records.ts";
import type { StagedWrites } from "./staged-writes.ts";
import { StoredJudgement } from "./stored-judgement.ts";
import { StoredLookup } from "./stored-lookup.ts";

/**
 * The second pass: elements arrive in file order and are compared with the database a
 * batch at a time; only what is new or different is written (so a second run of the same
 * files writes nothing), all inside the caller's one transaction. With `write` off it
 * only compares: that is the dry run, and its report is the same.
 */
export class BatchWriter {
  readonly tally: Tally = emptyTally();
  private nodes: Item[] = [];
  private edges: Item[] = [];
  private readonly deferred: Item[] = [];
  /** The stored-form markings ({classification, caveats}) of the files' marked nodes: a relationship's change is marked by its ends too. */
  private readonly fileMarkings = new Map<string, object>();
  readonly judgement: StoredJudgement;
  private readonly stored: StoredLookup;
  /** The stamp's time as Cypher's datetime() reads it, so a row carries a short string, not a DateTime to pack. */
  private readonly loadedAt: string;
  processed = 0;

  constructor(
    private readonly tx: Transaction,
    private readonly model: GraphModel,
    private readonly options: {
      stamp: Stamp; write: boolean; batchSize: number; deferredEdges: ReadonlySet<string>;
      problems: ProblemList; onBatch?: (processed: number) => void;
      /** What the importer may see; a stored element it may not is an id it may not use. */
      access: ImporterAccess;
      /** Whether the importer may lower a stored marking (see StoredJudgement). */
      mayLowerMarkings: boolean;
      /** The scan's decisions: undirected edges to turn, reciprocal ones to leave out. */
      orientation?: EdgeOrientation;
      /**
       * A staged import (staged-import.ts): new elements are written under its stage, each
       * batch in `tx` committed on its own, and changes to existing ones held for publishing.
       */
      staged?: StagedWrites;
      /**
       * The stages published when the import began. A stored element of any other stage
       * belongs to an import not yet published (or abandoned, awaiting start-up's
       * cleanup): its id is taken, and nothing else of it is the importer's business.
       */
      publishedStages?: ReadonlySet<string>;
    },
  ) {
    this.loadedAt = new Date(options.stamp.loadedAt).toISOString();
    this.judgement = new StoredJudgement(options.access, options.problems, options.mayLowerMarkings);
    this.stored = new StoredLookup(tx, options.access);
  }

  get changed(): boolean {
    return tallyChanged(this.tally);
  }

  async addNode(data: Record<string, unknown>, at: SourceLocation): Promise<void> {
    const item = { id: String(data.id), label: String(data.kind), props: wantedProps(data, NODE_KEYS, at, this.options.stamp), at };
    if (isMarked(markingOfProps(item.props))) {
      this.fileMarkings.set(item.id, { classification: item.props.classification, caveats: item.props.caveats });
    }
    this.nodes.push(item);
    if (this.nodes.length >= this.options.batchSize) await this.flushNodes();
  }

  async addEdge(read: Record<string, unknown>, at: SourceLocation): Promise<void> {
    const data = this.options.orientation ? this.options.orientation.asWritten(read) : read;
    if (data === undefined) return;
    const item = {
      id: String(data.id), label: String(data.type), source: String(data.source), target: String(data.target),
      props: wantedProps(data, EDGE_KEYS, at, this.options.stamp), at,
    };
    if (this.options.deferredEdges.has(item.id)) {
      this.deferred.push(item);
      return;
    }
    this.edges.push(item);
    if (this.edges.length >= this.options.batchSize) {
      await this.flushNodes();
      await this.flushEdges();
    }
  }

  /** Writes what is left, the relationships read before their ends last. */
  async finish(): Promise<void> {
    await this.flushNodes();
    await this.flushEdges();
    for (let from = 0; from < this.deferred.length; from += this.options.batchSize) {
      this.edges = this.deferred.slice(from, from + this.options.batchSize);
      await this.flushEdges();
    }
    this.deferred.length = 0;
  }

  async delete(deletions: Deletions): Promise<void> {
    for (const edge of deletions.edges) this.note("deleted", { element: "edge", id: edge.id, label: edge.type, marking: edge.marking });
    for (const node of deletions.nodes) this.note("deleted", { element: "node", id: node.id, label: node.kind, marking: node.marking });
    this.tally.deleted.edges += deletions.edges.length;
    this.tally.deleted.nodes += deletions.nodes.length;
    if (!this.options.write) return;
    for (let from = 0; from < deletions.edges.length; from += this.options.batchSize) {
      const ids = deletions.edges.slice(from, from + this.options.batchSize).map((e) => e.id);
      await this.change("import/delete-edges", { ids }, ids.length);
    }
    for (let from = 0; from < deletions.nodes.length; from += this.options.batchSize) {
      const ids = deletions.nodes.slice(from, from + this.options.batchSize).map((n) => n.id);
      await this.change("import/delete-nodes", { ids }, ids.length);
    }
  }

  private async flushNodes(): Promise<void> {
    if (this.nodes.length === 0) return;
    const batch = this.nodes;
    this.nodes = [];
    const stored = await this.stored.rows(batch, "explore/nodes-by-ids");
    const created: Item[] = [];
    const updated: Item[] = [];
    for (const item of batch) {
      const row = stored.get(item.id);
      if (!row) {
        created.push(item);
        continue;
      }
      const props = (row.props ?? {}) as Record<string, unknown>;
      if (this.stagedElsewhere(props)) {
        this.judgement.refuseTaken(item);
        continue;
      }
      if (!this.judgement.mayTouch(item, this.options.access.sees(props), [props])) continue;
      if (!this.judgement.judgeSource("node", item, props)) continue;
      if (!this.judgement.judgeMarking("node", item, props)) continue;
      const specs = specIndex(this.model.nodePropertySpecs(item.label));
      const fields = changedFields(item.props, props, specs, ID_ONLY);
      if (this.model.kindOfLabels(row.labels as string[]) !== item.label) fields.unshift("kind");
      if (fields.length > 0) {
        updated.push(item);
        this.note("updated", change("node", item, [item.props, props], fields));
      } else {
        this.tally.unchanged.nodes += 1;
        this.mark([item.props, props].map(markingOfProps));
      }
    }
    await this.refuseTakenIds(created, "import/edges-by-ids");
    for (const item of created) this.note("created", change("node", item, [item.props]));
    this.tally.created.nodes += created.length;
    this.tally.updated.nodes += updated.length;
    if (this.options.write) {
      await this.expect("import/create-nodes", "created", created.map((item) => this.nodeRow(item)));
      await this.expect("import/update-nodes", "updated", updated.map((item) => this.nodeRow(item)), "change");
    }
    this.progress(batch.length);
  }

  private async flushEdges(): Promise<void> {
    if (this.edges.length === 0) return;
    const batch = this.edges;
    this.edges = [];
    const stored = await this.stored.rows(batch, "import/edges-by-ids");
    const ends = await this.stored.endMarkings(batch, this.fileMarkings);
    const endsOf = (item: Item) => [...(ends.get(item.source!) ?? []), ...(ends.get(item.target!) ?? [])];
    const created: Item[] = [];
    const moved: Item[] = [];
    const updated: Item[] = [];
    for (const item of batch) {
      const row = stored.get(item.id);
      if (!row) {
        created.push(item);
        continue;
      }
      const props = (row.props ?? {}) as Record<string, unknown>;
      const storedEnds = (row.ends ?? []) as object[];
      if (this.stagedElsewhere(props)) {
        this.judgement.refuseTaken(item);
        continue;
      }
      if (!this.judgement.mayTouch(item, row.visible === true, [props, ...storedEnds])) continue;
      if (!this.judgement.judgeSource("relationship", item, props)) continue;
      if (!this.judgement.judgeMarking("relationship", item, props)) continue;
      const specs = specIndex(this.model.relationshipPropertySpecs(item.label));
      const fields = changedFields(item.props, props, specs, ID_ONLY);
      const shape = (["type", "source", "target"] as const).filter((key) =>
        String(row[key]) !== (key === "type" ? item.label : item[key]));
      if (shape.length > 0 || fields.length > 0) {
        (shape.length > 0 ? moved : updated).push(item);
        this.note("updated", change("edge", item, [item.props, props, ...storedEnds, ...endsOf(item)], [...shape, ...fields]));
      } else {
        this.tally.unchanged.edges += 1;
        this.mark([item.props, props, ...storedEnds, ...endsOf(item)].map(markingOfProps));
      }
    }
    await this.refuseTakenIds(created, "explore/nodes-by-ids");
    for (const item of created) this.note("created", change("edge", item, [item.props, ...endsOf(item)]));
    this.tally.created.edges += created.length;
    this.tally.updated.edges += moved.length + updated.length;
    if (this.options.write) {
      // A moved relationship is deleted and written anew, both as a change to what readers see.
      if (moved.length > 0) await this.change("import/delete-edges", { ids: moved.map((item) => item.id) }, moved.length);
      await this.expect("import/create-edges", "created", moved.map((item) => this.edgeRow(item)), "change");
      await this.expect("import/create-edges", "created", created.map((item) => this.edgeRow(item)));
      await this.expect("import/update-edges", "updated", updated.map((item) => this.edgeRow(item)), "change");
    }
    this.progress(batch.length);
  }

  /**
   * Node and relationship ids share one namespace (Cytoscape needs it): a new id must be
   * free in both. Nothing is taken on a graph that was empty (see StoredLookup).
   */
  private async refuseTakenIds(items: Item[], lookup: "import/edges-by-ids" | "explore/nodes-by-ids") {
    if (items.length === 0 || await this.stored.graphWasEmpty()) return;
    const taken = await this.tx.run(lookup, { ids: items.map((item) => item.id), ...this.options.access.parameters });
    if (taken.length === 0) return;
    const byId = new Map(taken.map((row) => [String(row.id), row]));
    for (const item of items) {
      const row = byId.get(item.id);
      if (!row) continue;
      const props = (row.props ?? {}) as Record<string, unknown>;
      if (this.stagedElsewhere(props)) {
        this.judgement.refuseTaken(item);
        continue;
      }
      const visible = lookup === "import/edges-by-ids" ? row.visible === true : this.options.access.sees(props);
      if (!visible) this.options.access.touchedHidden(item.id, props, ...((row.ends ?? []) as object[]));
      this.judgement.refuseTaken(item);
    }
  }

  /**
   * Runs a write and checks it touched every row: anything else means the graph moved under
   * the import. A staged import writes new elements (`add`) under its stage and holds
   * changes to existing ones (`change`) for the transaction that publishes it.
   */
  private async expect(name: "import/create-nodes" | "import/update-nodes" | "import/create-edges" | "import/update-edges",
    column: string, rows: unknown[], effect: "add" | "change" = "add"): Promise<void> {
    if (rows.length === 0 || !this.options.problems.empty) return;
    const staged = this.options.staged;
    if (staged && effect === "change") {
      staged.hold({ name, params: { rows }, expect: { column, count: rows.length }, elements: rows.length });
      return;
    }
    const [result] = staged && (name === "import/create-nodes" || name === "import/create-edges")
      ? await this.tx.run(staged.createStatement(name), { rows, stage: staged.stage })
      : await this.tx.run(name, { rows });
    const count = Number(result?.[column] ?? 0);
    if (count !== rows.length) {
      throw new Error(`${name} wrote ${count} of ${rows.length} rows: the graph changed during the import`);
    }
  }

  /** A deletion: at once, or held for publishing in a staged import. */
  private async change(name: "import/delete-edges" | "import/delete-nodes", params: { ids: string[] }, elements: number) {
    if (this.options.staged) this.options.staged.hold({ name, params, elements });
    else await this.tx.run(name, params);
  }

  /** Whether a stored element belongs to another import's stage that was not published when this one began. */
  private stagedElsewhere(props: Record<string, unknown>): boolean {
    const stage = props.stagedBy;
    return typeof stage === "string" && !(this.options.publishedStages?.has(stage) ?? false);
  }

  private nodeRow(item: Item) {
    return {
      id: item.id, kind: item.label, loadedAt: this.loadedAt,
      props: typedProps(item.props, this.model.nodePropertySpecs(item.label), this.options.stamp),
    };
  }

  private edgeRow(item: Item) {
    return {
      id: item.id, type: item.label, source: item.source, target: item.target, loadedAt: this.loadedAt,
      props: typedProps(item.props, this.model.relationshipPropertySpecs(item.label), this.options.stamp),
    };
  }

  private mark(markings: Marking[]): void {
    markTally(this.tally, markings);
  }

  private note(category: "created" | "updated" | "deleted", entry: ElementChange): void {
    noteChange(this.tally, category, entry);
  }

  private progress(count: number): void {
    this.processed += count;
    this.options.onBatch?.(this.processed);
  }
}

const ID_ONLY: ReadonlySet<string> = new Set(["id"]);
