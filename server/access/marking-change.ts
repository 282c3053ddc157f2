import type { Request } from "express";
import { recordRequestEventIn } from "../audit/request-audit.ts";
import { notFound } from "../http/errors.ts";
import type { GraphDatabase, Row } from "../neo4j/database.ts";
import { highestMarking, type Classification } from "./markings.ts";

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
 */
export async function changeMarking(db: GraphDatabase, req: Request, change: MarkingChange): Promise<ChangedMarking> {
  const stored = {
    id: change.id,
    classification: change.classification === "UNCLASSIFIED" ? null : change.classification,
    caveats: change.caveats.length > 0 ? change.caveats.join(";") : null,
  };
  return db.write(async (tx) => {
    let element: ChangedMarking["element"] = "node";
    let [row] = await tx.run("markings/set-node-marking", stored);
    if (!row) {
      element = "relationship";
      [row] = await tx.run("markings/set-edge-marking", stored);
    }
    if (!row) throw notFound(`No entity or relationship has id "${change.id}".`);
    const before = markingBefore(row);
    const after = { classification: change.classification, caveats: change.caveats };
    await tx.run("seed/bump-graph-version");
    await recordRequestEventIn(tx, req, {
      action: "marking.change",
      target: change.id,
      outcome: "success",
      details: { element, before, after },
      marking: highestMarking([before, after]),
    });
    return { ...change, element };
  });
}

function markingBefore(row: Row) {
  const caveats = typeof row.beforeCaveats === "string" ? row.beforeCaveats.split(";").filter((caveat) => caveat !== "") : [];
  return { classification: typeof row.beforeClassification === "string" ? row.beforeClassification : "UNCLASSIFIED", caveats };
}
