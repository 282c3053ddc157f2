import type { Request } from "express";
import { markingOfProps, markingsIn } from "../access/answer-marking.ts";
import { canSee, formatMarking, highestMarking, type Classification } from "../../contract/markings.ts";
import { clearanceOf, viewerOf } from "../access/viewer.ts";
import { recordRequestEventIn } from "../audit/request-audit.ts";
import { forbidden, notFound } from "../errors.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";

export interface MarkingChange {
  /** An entity's or a relationship's id. */
  id: string;
  classification: Classification;
  /** Normalised, without duplicates. */
  caveats: string[];
}

export interface ChangedMarking extends MarkingChange {
  element: "node" | "relationship";
}

/**
 * Sets the marking of one entity or relationship, bumps the graph version (cached
 * analyses must not show the old marking) and records the change with its before and
 * after, all in one transaction. Stored as elements carry it: no property for
 * UNCLASSIFIED or no caveats, caveats `;`-separated.
 *
 * The admin's role never overrides their clearance: the element is looked up as they see
 * it (a relationship with both its ends), so one they may not see answers exactly as a
 * missing one; and they may set only a marking they could see themselves, refused before
 * the element is looked up, so the refusal says nothing about it.
 */
export async function changeMarking(db: GraphDatabase, req: Request, change: MarkingChange): Promise<ChangedMarking> {
  const after = { classification: change.classification, caveats: change.caveats };
  const clearance = clearanceOf(req);
  if (!canSee(clearance, after)) {
    throw forbidden(`You may set only markings within your own clearance; ${formatMarking(after)} is not.`);
  }
  const stored = {
    id: change.id,
    classification: change.classification === "UNCLASSIFIED" ? null : change.classification,
    newCaveats: change.caveats.length > 0 ? change.caveats.join(";") : null,
  };
  return db.forViewer(viewerOf(req)).write(async (tx) => {
    let element: ChangedMarking["element"] = "node";
    let [row] = await tx.run("markings/set-node-marking", stored);
    if (!row) {
      element = "relationship";
      [row] = await tx.run("markings/set-edge-marking", stored);
    }
    if (!row) throw notFound(`No entity or relationship has id "${change.id}".`);
    const before = markingBefore(row);
    await tx.run("seed/bump-graph-version");
    await recordRequestEventIn(tx, req, {
      action: "marking.change",
      target: change.id,
      outcome: "success",
      details: { element, before, after },
      // A relationship is named with its ends: whoever may not see one may not see it.
      marking: highestMarking([before, after, ...markingsIn([row.ends]).map(markingOfProps)]),
    });
    return { ...change, element };
  });
}

function markingBefore(row: Row) {
  const { classification, caveats } = markingOfProps({ classification: row.beforeClassification, caveats: row.beforeCaveats });
  return { classification: classification ?? "UNCLASSIFIED", caveats: caveats ?? [] };
}
