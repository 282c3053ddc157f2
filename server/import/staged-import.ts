import type { Logger } from "pino";
import type { GraphDatabase, Transaction, ViewerDatabase } from "../neo4j/database.ts";
import { StagedWrites } from "./staged-writes.ts";

/**
 * Imports past the heap, still all or nothing. One transaction holds everything it
 * writes in Neo4j's heap until it commits, so a large import is staged instead:
 *
 * 1. a small transaction opens an `:ImportStage` node named by the import's id;
 * 2. the publishing transaction begins and takes the stage's write lock (stage-hold), and
 *    keeps it open while the import runs;
 * 3. new elements are written in batches, each committed in a transaction of its own,
 *    carrying `stagedBy` — the `@visible` rule (neo4j/catalog.ts) hides them from every
 *    reader, whatever their clearance, until the stage is published;
 * 4. the publishing transaction applies the changes to existing elements (held, see
 *    StagedWrites), marks the stage published, and records the run: one small commit
 *    makes the whole import visible at once;
 * 5. afterwards, in the background, the elements lose `stagedBy` in batches (so reads
 *    stop looking the stage up) and the stage node goes.
 *
 * A failure, or the death of this process or of Neo4j, at any step before 4 commits
 * leaves only invisible elements: they are discarded at once when possible, else by
 * `cleanUpStages` at the next start. The held lock is how start-up tells an abandoned
 * stage from one a live import (another server, or the CLI) is still writing.
 */

/** What the import's work gets in a staged run. */
export interface Staging {
  /** Runs each statement of the batch writer in a transaction of its own, committed at once. */
  batches: Transaction;
  writes: StagedWrites;
  /** Applies the held changes and publishes the stage; in the publishing transaction. */
  publish(tx: Transaction): Promise<void>;
}

export interface StagedRunOptions {
  id: string;
  user: string;
  timeoutMs: number;
  /** Most existing elements the publishing transaction may change (updates, moves, deletions). */
  maxHeldElements: number;
}

/** Background settling of published stages, awaited by tests and the bench (and finished at start-up if cut short). */
const settling = new Set<Promise<void>>();

/** Runs `work` as a staged import; see above. */
export async function runStaged<T>(
  db: GraphDatabase, viewerDb: ViewerDatabase, options: StagedRunOptions,
  work: (tx: Transaction, staging: Staging) => Promise<T>,
): Promise<T> {
  const { id, timeoutMs } = options;
  await db.write((tx) => tx.run("import/stage-open", { id, user: options.user }));
  const writes = new StagedWrites(id, options.maxHeldElements);
  const batches: Transaction = {
    run: (name, params) => name === "import/stage-create-nodes" || name === "import/stage-create-edges"
      ? viewerDb.write((tx) => tx.run(name, params), { timeoutMs, retry: false })
      : viewerDb.read((tx) => tx.run(name, params), { timeoutMs }),
  };
  let result: T;
  try {
    result = await viewerDb.write(async (tx) => {
      const [held] = await tx.run("import/stage-hold", { id });
      if (!held) throw new Error("the import's stage was discarded before it could be held");
      return work(tx, {
        batches, writes,
        publish: async (publishing) => {
          await writes.apply(publishing);
          const [row] = await publishing.run("import/stage-publish", { id });
          if (Number(row?.published ?? 0) !== 1) throw new Error("the import's stage could not be published");
        },
      });
    }, { timeoutMs, retry: false });
  } catch (error) {
    // Invisible whatever happens; removed now if Neo4j answers, else at the next start.
    await discardStage(db, id).catch(() => undefined);
    throw error;
  }
  const settled = settleStage(db, id).catch(() => undefined).finally(() => settling.delete(settled));
  settling.add(settled);
  return result;
}

/** Resolves once every published stage of this process has settled (its elements no longer carry stagedBy). */
export async function stagesSettled(): Promise<void> {
  while (settling.size > 0) await Promise.all([...settling]);
}

/** The stages published now: their elements are seen by readers, whether settled yet or not. */
export async function publishedStages(db: GraphDatabase): Promise<Set<string>> {
  const rows = await db.query("import/stage-list");
  return new Set(rows.filter((row) => row.published === true).map((row) => String(row.id)));
}

/** Deletes an unpublished stage's elements, in batches, then the stage. */
export async function discardStage(db: GraphDatabase, id: string): Promise<void> {
  await db.autoCommit(db.text("import/stage-discard-nodes"), { id });
  await db.autoCommit(db.text("import/stage-discard-edges"), { id });
  await db.query("import/stage-close", { id }, "WRITE");
}

/** Clears stagedBy from a published stage's elements, in batches, then removes the stage. */
export async function settleStage(db: GraphDatabase, id: string): Promise<void> {
  await db.autoCommit(db.text("import/stage-settle-nodes"), { id });
  await db.autoCommit(db.text("import/stage-settle-edges"), { id });
  await db.query("import/stage-close", { id }, "WRITE");
}

/** How long start-up waits for a stage's lock before deciding a live import still holds it. */
const HOLD_WAIT_MS = 10_000;

/**
 * At start-up (server and CLI): finishes settling published stages and discards the
 * elements of abandoned ones — those whose lock can be taken, so no live import holds
 * them. A stage still held is left to the import holding it.
 */
export async function cleanUpStages(db: GraphDatabase, logger: Logger): Promise<void> {
  for (const row of await db.query("import/stage-list")) {
    const id = String(row.id);
    if (row.published === true) {
      await settleStage(db, id);
      logger.info({ importId: id }, "finished settling a published import");
      continue;
    }
    const abandoned = await db.write(async (tx) => (await tx.run("import/stage-hold", { id })).length > 0,
      { timeoutMs: HOLD_WAIT_MS, retry: false }).catch(() => false);
    if (!abandoned) {
      logger.info({ importId: id }, "an import is still being written by another process: its stage is left to it");
      continue;
    }
    await discardStage(db, id);
    logger.warn({ importId: id }, "removed the staged elements of an import that did not finish (nothing of it was visible)");
  }
}
