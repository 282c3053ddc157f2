import type { Request } from "express";
import { isMarked } from "../../contract/markings.ts";
import type { ResponseMarking } from "../../contract/markings.ts";
import type { GraphDatabase } from "../neo4j/database.ts";
import { recordRequestEvent } from "./request-audit.ts";

/**
 * Records that a user was shown data marked above UNCLASSIFIED (or carrying caveats):
 * who, what they read, and the marking of the answer. Awaited before the answer goes
 * out, so no marked read goes unrecorded. Routes declare `markedRead` and mountRoute
 * calls this; a streamed answer (the export) calls it itself.
 */
export async function recordMarkedRead(db: GraphDatabase, req: Request, marking: ResponseMarking, what: string): Promise<void> {
  if (!isMarked(marking)) return;
  await recordRequestEvent(db, req, {
    action: "data.read-marked",
    target: what,
    outcome: "success",
    details: { classification: marking.classification, caveats: marking.caveats },
    marking,
  });
}
