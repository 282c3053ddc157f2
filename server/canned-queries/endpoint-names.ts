import { presentNode } from "../graph/present.ts";
import type { Row } from "../neo4j/database.ts";
import type { QueryRunContext } from "./canned-query.ts";

/**
 * The name, in the user's language, of an entity a statement returns as three columns named
 * after its role in the row: `<role>` (id), `<role>Labels` and `<role>Props` (such as
 * source, sourceLabels, sourceProps). Rows about pairs name both ends this way.
 */
export function endpointName(context: QueryRunContext, row: Row, role: string): string {
  const id = String(row[role]);
  const node = { id, labels: (row[`${role}Labels`] ?? []) as string[], props: (row[`${role}Props`] ?? {}) as Record<string, unknown> };
  return presentNode(context.model, node, context.language).data.name ?? id;
}
