import { useEffect, useState } from "react";
import type { ImportInspection } from "../../../../contract/import-inspection.ts";
import type { Language } from "../../../../contract/model.ts";
import type { ApiProblem } from "../../api/ApiProblem";
import { isAbort, toProblem } from "../../api/fetchJson";
import { inspectFiles } from "./mappingApi";

export type InspectionState =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "error"; problem: ApiProblem }
  | { type: "done"; inspection: ImportInspection };

/**
 * Inspects the chosen files whenever they change, and hands the proposal to `onProposal`
 * (the form starts from it). An earlier inspection still running is abandoned.
 */
export function useInspection(files: readonly File[], language: Language, onProposal: (inspection: ImportInspection) => void): InspectionState {
  const [state, setState] = useState<InspectionState>({ type: "idle" });
  useEffect(() => {
    if (files.length === 0) {
      setState({ type: "idle" });
      return;
    }
    const controller = new AbortController();
    setState({ type: "loading" });
    inspectFiles(files, language, controller.signal).then(
      (inspection) => {
        setState({ type: "done", inspection });
        onProposal(inspection);
      },
      (error: unknown) => {
        if (!isAbort(error)) setState({ type: "error", problem: toProblem(error) });
      },
    );
    return () => controller.abort();
    // The language is read once per set of files: changing it must not throw the user's edits away.
  }, [files]);
  return state;
}
