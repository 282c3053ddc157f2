/**
 * The one error the analytics throw: the caller asked for something the projection cannot
 * answer (an unknown entity or relationship, the same entity at both ends of a pair).
 * Tests and the HTTP layer check the type, not the message. "No path" is never an error.
 */
export class AnalyticsUsageError extends Error {
  override readonly name = "AnalyticsUsageError";
}

/** Anything that knows which entities exist: a projection, or an index's lookup. */
export interface EntityLookup {
  hasNode(id: string): boolean;
}

export function requireNode(entities: EntityLookup, id: string, role: string): void {
  if (!entities.hasNode(id)) throw new AnalyticsUsageError(`No entity has id "${id}" (${role}).`);
}

export function requireDistinctEnds(entities: EntityLookup, from: string, to: string): void {
  requireNode(entities, from, "from");
  requireNode(entities, to, "to");
  if (from === to) throw new AnalyticsUsageError(`"from" and "to" name the same entity "${from}".`);
}
