import type { FieldError } from "../errors.ts";
import type { GraphModel } from "../model/graph-model.ts";
import { checkEdgeData, checkEndpoints, checkNodeData, type FieldIssue } from "./check-element.ts";
import { elementsSchema, type Elements } from "./elements.ts";

/**
 * Checks elements held in memory against the model and returns every problem at once,
 * each with the JSON path of the offending value. An empty list means the elements may
 * be written. (Files go through the streaming importer, which applies the same checks.)
 */
export function validateElements(model: GraphModel, input: unknown): { elements?: Elements; errors: FieldError[] } {
  const shape = elementsSchema.safeParse(input);
  if (!shape.success) {
    return {
      errors: shape.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    };
  }
  const elements = shape.data as Elements;
  const errors: FieldError[] = [];
  const ids = new Map<string, string>();
  const kindOf = new Map<string, string>();
  const report = (at: string, issues: FieldIssue[]) => {
    for (const issue of issues) errors.push({ path: issue.field ? `${at}.${issue.field}` : at, message: issue.message });
  };

  elements.nodes.forEach(({ data }, i) => {
    const at = `nodes[${i}].data`;
    claimId(ids, data.id, at, errors);
    const issues = checkNodeData(model, data);
    report(at, issues);
    if (model.kind(data.kind)) kindOf.set(data.id, data.kind);
  });

  elements.edges.forEach(({ data }, i) => {
    const at = `edges[${i}].data`;
    claimId(ids, data.id, at, errors);
    const issues = checkEdgeData(model, data);
    report(at, issues);
    if (issues.some((issue) => issue.field === "type")) return;
    const from = kindOf.get(data.source);
    const to = kindOf.get(data.target);
    if (from === undefined) errors.push({ path: `${at}.source`, message: `no node has id "${data.source}"` });
    if (to === undefined) errors.push({ path: `${at}.target`, message: `no node has id "${data.target}"` });
    if (from !== undefined && to !== undefined) report(at, [checkEndpoints(model, data.type, from, to)].filter((x) => x !== undefined));
  });

  return errors.length > 0 ? { errors } : { elements, errors };
}

function claimId(ids: Map<string, string>, id: string, at: string, errors: FieldError[]): void {
  const earlier = ids.get(id);
  if (earlier !== undefined) {
    errors.push({ path: `${at}.id`, message: `duplicate id "${id}", first used at ${earlier}` });
  } else {
    ids.set(id, at);
  }
}
