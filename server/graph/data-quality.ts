import { GraphModel } from "../model/graph-model.ts";
import type { Language } from "../../contract/model.ts";
import type { Row, ViewerDatabase } from "../neo4j/database.ts";
import { markingOfRows } from "../access/answer-marking.ts";
import { type ResponseMarking } from "../../contract/markings.ts";

export interface QualityEntity {
  id: string;
  kind: string;
  name: string;
}

/** What data staff should look at: entities with no tie, names missing a language, relationships with no source document. */
export interface DataQualityReport {
  orphans: { total: number; items: QualityEntity[] };
  missingNames: { total: number; items: (QualityEntity & { missing: string[] })[] };
  edgesWithoutProvenance: { total: number; items: { id: string; type: string; source: string; target: string }[] };
  /** Of everything counted, not only the items listed. */
  marking: ResponseMarking;
}

export async function dataQualityReport(db: ViewerDatabase, model: GraphModel, options: { limit: number; language: Language }) {
  return db.read(async (tx): Promise<DataQualityReport> => {
    const entity = (row: Row): QualityEntity => ({
      id: String(row.id),
      kind: model.kindOfLabels(row.labels as string[]) ?? "Unknown",
      name: GraphModel.nameIn(row.props as Record<string, unknown>, options.language) ?? String(row.id),
    });
    const orphans = await tx.run("quality/orphans", { limit: options.limit });
    const names = await tx.run("quality/missing-names", { limit: options.limit });
    const edges = await tx.run("quality/edges-without-provenance", { limit: options.limit });
    const present = <T>(rows: Row[], item: (row: Row) => T) => ({
      total: Number(rows[0]?.total ?? 0),
      items: rows.filter((row) => row.id !== null).map(item),
    });
    return {
      orphans: present(orphans, entity),
      missingNames: present(names, (row) => ({ ...entity(row), missing: row.missing as string[] })),
      edgesWithoutProvenance: present(edges, (row) => ({
        id: String(row.id), type: String(row.type), source: String(row.source), target: String(row.target),
      })),
      marking: markingOfRows([orphans, names, edges].map((rows) => rows[0]?.markings)),
    };
  });
}
