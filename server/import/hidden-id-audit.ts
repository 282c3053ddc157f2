import { recordNow } from "../audit/audit-log.ts";
import type { AuditContext } from "../audit/audit-event.ts";
import { hiddenIdEvent, probingEvent } from "./audit-events.ts";
import type { GraphDatabase, Transaction } from "../neo4j/database.ts";
import type { ElementIndex } from "./element-index.ts";
import type { ImporterAccess } from "./importer-access.ts";

/** Imports that touched hidden ids, within the window, after which a user is flagged. */
export const PROBING_THRESHOLD = 3;
export const PROBING_WINDOW_HOURS = 24;

/**
 * Records that an import (or dry run) touched ids its user may not see, and flags the
 * user once per window when their imports keep doing so: whatever the answer hides, the
 * unique id still tells a taken id from a free one, so repeated tries are what to watch.
 */
export async function auditHiddenIds(
  db: GraphDatabase, access: ImporterAccess, run: { importId: string; dryRun: boolean }, context: AuditContext,
): Promise<void> {
  if (!access.touchedAny) return;
  await recordNow(db, hiddenIdEvent({ ...run, ...access.touched }, context));
  const since = new Date(Date.now() - PROBING_WINDOW_HOURS * 3_600_000).toISOString();
  const [row] = await db.query("import/hidden-id-touches", { actor: context.actor, since });
  const touches = Number(row?.touches ?? 0);
  if (touches >= PROBING_THRESHOLD && Number(row?.flags ?? 0) === 0) {
    await recordNow(db, probingEvent(touches, PROBING_WINDOW_HOURS, context));
  }
}

const LOOKUP_CHUNK = 10_000;

/**
 * A refused import stops before the writer has compared every id with the database, so
 * a hidden id it sent (a relationship hidden only by an end, say) would go unnoticed by
 * the audit though the answer said nothing of it. This looks every id of the files up,
 * on the refusal path only, and notes the hidden ones.
 */
export async function noteHiddenIdsOfFiles(tx: Transaction, index: ElementIndex, access: ImporterAccess): Promise<void> {
  if (access.seesAll) return;
  const ids = [...index.firstSeen.keys()];
  for (let from = 0; from < ids.length; from += LOOKUP_CHUNK) {
    const chunk = ids.slice(from, from + LOOKUP_CHUNK);
    for (const row of await tx.run("explore/nodes-by-ids", { ids: chunk })) {
      const props = (row.props ?? {}) as object;
      if (!access.sees(props)) access.touchedHidden(String(row.id), props);
    }
    for (const row of await tx.run("import/edges-by-ids", { ids: chunk, ...access.parameters })) {
      if (row.visible !== true) access.touchedHidden(String(row.id), (row.props ?? {}) as object, ...((row.ends ?? []) as object[]));
    }
  }
}
