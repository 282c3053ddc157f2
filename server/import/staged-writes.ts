import type { QueryName } from "../neo4j/catalog.ts";
import type { Transaction } from "../neo4j/database.ts";

/** A write the staged import keeps for the publishing transaction, with the count it must touch. */
interface HeldWrite {
  name: QueryName;
  params: Record<string, unknown>;
  /** The column holding how many rows it touched, and how many it must; none: not checked. */
  expect?: { column: string; count: number };
  elements: number;
}

/**
 * The writes of a staged import. New elements are written at once, batch by batch, each
 * batch committed but marked with the stage (`import/stage-create-*`), invisible until
 * the stage is published. What changes an element readers already see (an update, a
 * relationship moved to other ends, a deletion) cannot be hidden so: it is held here and
 * applied in the one transaction that publishes the stage. That transaction must fit in
 * Neo4j's heap, so the held writes may touch at most `maxHeld` elements; past it the
 * import fails before anything is published, and its staged batches are discarded.
 */
export class StagedWrites {
  private readonly held: HeldWrite[] = [];
  private heldElements = 0;

  constructor(readonly stage: string, private readonly maxHeld: number) {}

  /** The statement that writes a batch of new elements under this stage. */
  createStatement(name: "import/create-nodes" | "import/create-edges"): "import/stage-create-nodes" | "import/stage-create-edges" {
    return name === "import/create-nodes" ? "import/stage-create-nodes" : "import/stage-create-edges";
  }

  /** Keeps a change to visible elements for the publishing transaction. */
  hold(write: HeldWrite): void {
    this.heldElements += write.elements;
    if (this.heldElements > this.maxHeld) {
      throw new HeldWritesTooLarge(
        `the files update, rewire or delete more than ${this.maxHeld.toLocaleString("en")} existing elements, the most ` +
        "one transaction may change (Neo4j's heap): new elements are written in batches, but changes to existing ones " +
        "are applied together when the import is published. Split the files, or raise IMPORT_MAX_TRANSACTION_ELEMENTS " +
        "with Neo4j's heap",
      );
    }
    this.held.push(write);
  }

  /** Applies the held writes inside the publishing transaction, in the order they came. */
  async apply(tx: Transaction): Promise<void> {
    for (const write of this.held) {
      const [result] = await tx.run(write.name, write.params);
      if (write.expect && Number(result?.[write.expect.column] ?? 0) !== write.expect.count) {
        throw new Error(`${write.name} wrote ${Number(result?.[write.expect.column] ?? 0)} of ${write.expect.count} rows: ` +
          "the graph changed during the import");
      }
    }
  }
}

/** Thrown when the changes to existing elements would not fit in the publishing transaction. */
export class HeldWritesTooLarge extends Error {
  override readonly name = "HeldWritesTooLarge";
}
