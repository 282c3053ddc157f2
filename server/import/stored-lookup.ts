import type { Transaction } from "../neo4j/database.ts";
import type { Item } from "./batch-items.ts";
import type { ImporterAccess } from "./importer-access.ts";

/**
 * The writer's questions to the database about a batch: the stored rows of its ids and
 * the stored markings of relationship ends. A first load into an empty graph asks none.
 */
export class StoredLookup {
  /** Whether the graph held no entity before this import wrote anything; asked at the first flush. */
  private emptyBefore: boolean | undefined;

  constructor(private readonly tx: Transaction, private readonly access: ImporterAccess) {}

  /**
   * A graph with no entity holds none of the files' ids (the model's relationships join
   * entities, and the scan has refused an id used twice in the files), so a first load
   * skips every lookup: on an empty graph they are a fifth of an import's time. Asked
   * once, at the first flush, before anything is written: the import's own writes would
   * count otherwise.
   */
  async graphWasEmpty(): Promise<boolean> {
    if (this.emptyBefore === undefined) {
      const [row] = await this.tx.run("explore/entity-count");
      this.emptyBefore = Number(row?.count ?? 0) === 0;
    }
    return this.emptyBefore;
  }

  /** The stored rows of these ids, by id; none on a graph that was empty. */
  async rows(items: Item[], lookup: "explore/nodes-by-ids" | "import/edges-by-ids") {
    const rows = (await this.graphWasEmpty()) ? [] : await this.tx.run(lookup, { ids: items.map((item) => item.id), ...this.access.parameters });
    return new Map(rows.map((row) => [String(row.id), row]));
  }

  /**
   * The markings of a batch's relationship ends, as the files write them and as stored
   * (by the time relationships are flushed, a real run has written the files' nodes).
   */
  async endMarkings(batch: Item[], fileMarkings: ReadonlyMap<string, object>): Promise<Map<string, object[]>> {
    const ends = new Map<string, object[]>();
    const ids = [...new Set(batch.flatMap((item) => [item.source!, item.target!]))];
    for (const id of ids) {
      const written = fileMarkings.get(id);
      if (written) ends.set(id, [written]);
    }
    // On a graph that was empty every end is one of the files' nodes.
    if (await this.graphWasEmpty()) return ends;
    for (const row of await this.tx.run("explore/nodes-by-ids", { ids })) {
      ends.set(String(row.id), [...(ends.get(String(row.id)) ?? []), (row.props ?? {}) as object]);
    }
    return ends;
  }
}
