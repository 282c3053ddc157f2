import type { GraphDatabase } from "../neo4j/database.ts";
import { appendEvents } from "./audit-chain.ts";
import { auditRow, type AuditEventInput, type AuditRow } from "./audit-event.ts";

interface Waiting {
  row: AuditRow;
  resolve: (stored: { id: string; at: string }) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for audit events that have no write of their own to join (reads of
 * marked data, failed sign-ins, canned-query runs). Each commit costs Neo4j a flush of
 * its transaction log, so one transaction per event caps the whole API near the disk's
 * flush rate once most answers are marked. Here the events that arrive while a commit is
 * under way wait for the next one, all of them in one transaction; each caller still
 * gets its answer only after its own event is committed, so nothing answered goes
 * unrecorded. A failed commit fails every caller of that batch, and none of its events
 * is stored.
 */
export class AuditQueue {
  private waiting: Waiting[] = [];
  private committing = false;

  constructor(private readonly db: GraphDatabase) {}

  add(event: AuditEventInput): Promise<{ id: string; at: string }> {
    return new Promise((resolve, reject) => {
      // auditRow throws on an event without its marking: that caller fails, not the batch.
      this.waiting.push({ row: auditRow(event), resolve, reject });
      if (!this.committing) void this.commitWaiting();
    });
  }

  private async commitWaiting(): Promise<void> {
    this.committing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        const stored = await this.db.write((tx) => appendEvents(tx, batch.map((entry) => entry.row)));
        batch.forEach((entry, i) => entry.resolve(stored[i]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.committing = false;
  }
}

/** Events per transaction at most: a burst of thousands commits in a few steps, never as one huge one. */
const MAX_BATCH = 500;

const queues = new WeakMap<GraphDatabase, AuditQueue>();

/** The one queue of a database handle. */
export function auditQueueOf(db: GraphDatabase): AuditQueue {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = new AuditQueue(db)));
  return queue;
}
