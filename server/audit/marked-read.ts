import type { AuthenticatedUser } from "../auth/user.ts";
import { classificationRank } from "../auth/markings.ts";
import type { ResponseMarking } from "../graph/marking.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { ANONYMOUS_ACTOR } from "./audit-event.ts";
import { recordNow } from "./audit-log.ts";

/**
 * Records that a user was shown data marked above UNCLASSIFIED (or carrying caveats):
 * who, what they read, and the marking of the answer. Awaited before the answer goes
 * out, so no marked read goes unrecorded.
 */
export async function recordMarkedRead(
  db: GraphDatabase, user: AuthenticatedUser | undefined, marking: ResponseMarking, what: string,
): Promise<void> {
  if (classificationRank(marking.classification) <= 0 && marking.caveats.length === 0) return;
  await recordNow(db, {
    actor: user?.username ?? ANONYMOUS_ACTOR,
    action: "data.read-marked",
    target: what,
    outcome: "success",
    details: { classification: marking.classification, caveats: marking.caveats },
  });
}
