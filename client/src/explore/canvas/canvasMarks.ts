import type { Emphasis, WhatIfImpact } from "../../view/viewStore";
import type { ViewState } from "../../view/viewState";

/** The classes the other panels' results put on the canvas. */
export const MARK_CLASSES = ["finding", "dimmed", "removed", "cut-off", "new-spof"] as const;
export type MarkClass = (typeof MARK_CLASSES)[number];

export interface MarkSources {
  emphasis: Emphasis | null;
  whatIf: ViewState["whatIf"];
  whatIfImpact: WhatIfImpact | null;
}

export interface CanvasMarks {
  finding: Set<string>;
  removed: Set<string>;
  cutOff: Set<string>;
  newSpof: Set<string>;
  /** Whether whatever carries no mark is dimmed: only when something stands out. */
  dimOthers: boolean;
}

export function canvasMarks({ emphasis, whatIf, whatIfImpact }: MarkSources): CanvasMarks {
  const finding = new Set([...(emphasis?.nodes ?? []), ...(emphasis?.edges ?? [])]);
  const removed = new Set([
    ...(whatIf?.nodes ?? []),
    ...(whatIf?.edges ?? []),
    ...(whatIfImpact?.removedNodes ?? []),
    ...(whatIfImpact?.removedEdges ?? []),
  ]);
  return {
    finding,
    removed,
    cutOff: new Set(whatIfImpact?.cutOff ?? []),
    newSpof: new Set(whatIfImpact?.newArticulationPoints ?? []),
    dimOthers: finding.size > 0,
  };
}

/** The mark classes of one element; the what-if marks keep an element out of the dimmed rest. */
export function markClassesOf(id: string, marks: CanvasMarks): MarkClass[] {
  const classes: MarkClass[] = [];
  if (marks.finding.has(id)) classes.push("finding");
  if (marks.removed.has(id)) classes.push("removed");
  if (marks.cutOff.has(id)) classes.push("cut-off");
  if (marks.newSpof.has(id)) classes.push("new-spof");
  if (marks.dimOthers && classes.length === 0) classes.push("dimmed");
  return classes;
}
