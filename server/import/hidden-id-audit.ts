import { recordNow } from "../audit/audit-log.ts";
import type { AuditContext } from "../audit/audit-event.ts";
import { hiddenIdEvent, probingEvent } from "../audit/import-events.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
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
