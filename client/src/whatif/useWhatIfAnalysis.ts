import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiProblem } from "../api/ApiProblem";
import { isAbort, toProblem } from "../api/fetchJson";
import { useViewStore } from "../view/viewStore";
import type { Marks } from "./marks";
import { analyseWhatIf } from "./whatIfApi";
import { FULL_SCOPE_INPUT, scopeParams, type ScopeInput } from "./ScopeFields";
import type { WhatIfAnswer } from "../../../contract/what-if.ts";

export type WhatIfAnalysis =
  | { type: "none" }
  | { type: "analysing" }
  | { type: "done"; marks: Marks; answer: WhatIfAnswer }
  | { type: "error"; problem: ApiProblem };

/** Posts the marks to the what-if analysis and draws its impact on the canvas. */
export function useWhatIfAnalysis() {
  const [analysis, setAnalysis] = useState<WhatIfAnalysis>({ type: "none" });
  const controller = useRef<AbortController | null>(null);
  const setWhatIfImpact = useViewStore((state) => state.setWhatIfImpact);

  useEffect(() => () => controller.current?.abort(), []);

  const analyse = useCallback(
    async (marks: Marks, asOf: string | null, scope: ScopeInput = FULL_SCOPE_INPUT) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setAnalysis({ type: "analysing" });
      try {
        const answer = await analyseWhatIf({ nodes: marks.nodes, edges: marks.edges, asOf, ...scopeParams(scope) }, current.signal);
        setAnalysis({ type: "done", marks, answer });
        setWhatIfImpact({
          removedNodes: answer.removed.nodes,
          removedEdges: answer.removed.edges,
          cutOff: answer.cutOff,
          newArticulationPoints: answer.newArticulationPoints,
        });
      } catch (error) {
        if (isAbort(error)) return;
        setAnalysis({ type: "error", problem: toProblem(error) });
        setWhatIfImpact(null);
      }
    },
    [setWhatIfImpact],
  );

  /** Forgets the analysis and takes its impact off the canvas. */
  const reset = useCallback(() => {
    controller.current?.abort();
    setAnalysis({ type: "none" });
    setWhatIfImpact(null);
  }, [setWhatIfImpact]);

  return { analysis, analyse, reset };
}
