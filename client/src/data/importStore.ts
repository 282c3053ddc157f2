import { create } from "zustand";
import type { ApiProblem } from "../api/ApiProblem";
import { isAbort, toProblem } from "../api/fetchJson";
import { useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import { useViewStore } from "../view/viewStore";
import type { ImportProgress, ImportReport } from "../../../contract/imports.ts";
import { fetchImportJob, postImport, type ImportRequest } from "./dataApi";
import type { UploadDraft } from "./uploadForm";

/** How often a running job is asked for its progress. */
export const POLL_INTERVAL_MS = 300;

/**
 * Where the data page's import stands. `dryRun` says which of the two steps (check,
 * then confirm) it is in; `request` is what the check was made with, so that the
 * confirmation imports exactly what was checked.
 */
export type ImportRun =
  | { type: "idle" }
  | { type: "uploading"; dryRun: boolean; request: ImportRequest }
  | { type: "running"; dryRun: boolean; request: ImportRequest; progress: ImportProgress }
  | { type: "done"; dryRun: boolean; request: ImportRequest; report: ImportReport }
  | { type: "error"; dryRun: boolean; request: ImportRequest; problem: ApiProblem };

interface ImportStore {
  draft: UploadDraft;
  run: ImportRun;
  /** Bumped after every import that may have changed the database: the history and the data-quality report refetch. */
  revision: number;
  /** A change to the draft makes an earlier result stale, so the result goes. */
  setDraft(patch: Partial<UploadDraft>): void;
  /** Uploads the draft as a dry run and follows it to its report. */
  check(): Promise<void>;
  /** Imports what the last dry run checked. */
  confirm(): Promise<void>;
  /** Back to an empty form; a job still being followed is no longer followed. */
  reset(): void;
}

const emptyDraft: UploadDraft = { files: [], mode: "merge", source: "", mapping: {} };
let generation = 0;
let controller: AbortController | null = null;

export const useImportStore = create<ImportStore>()((set, get) => {
  async function start(request: ImportRequest, dryRun: boolean): Promise<void> {
    controller?.abort();
    const mine = ++generation;
    const abort = (controller = new AbortController());
    const current = () => mine === generation;
    set({ run: { type: "uploading", dryRun, request } });
    try {
      let job = await postImport(request, { dryRun, signal: abort.signal });
      while (current() && !(job.state === "done" && job.report)) {
        set({ run: { type: "running", dryRun, request, progress: job.progress } });
        await delay(POLL_INTERVAL_MS, abort.signal);
        job = await fetchImportJob(job.id, abort.signal);
      }
      if (!current() || !job.report) return;
      set({ run: { type: "done", dryRun, request, report: job.report } });
      if (!dryRun) afterImport(job.report);
    } catch (error) {
      if (isAbort(error) || !current()) return;
      set({ run: { type: "error", dryRun, request, problem: toProblem(error) } });
      if (!dryRun) set((state) => ({ revision: state.revision + 1 }));
    }
  }

  function afterImport(report: ImportReport): void {
    set((state) => ({ revision: state.revision + 1 }));
    if (report.status !== "imported") return;
    const { asOf, start } = useViewStore.getState();
    void useGraphStore.getState().load({ language: currentLanguage(), asOf, start });
  }

  return {
    draft: emptyDraft,
    run: { type: "idle" },
    revision: 0,
    setDraft(patch) {
      const busy = get().run.type === "uploading" || get().run.type === "running";
      set((state) => ({ draft: { ...state.draft, ...patch }, ...(busy ? {} : { run: { type: "idle" as const } }) }));
    },
    check() {
      const { files, mode, source, mapping } = get().draft;
      return start({ files: [...files], mode, source: source.trim(), mapping }, true);
    },
    confirm() {
      const { run } = get();
      if (run.type !== "done" || run.report.status !== "dry-run") return Promise.resolve();
      return start(run.request, false);
    },
    reset() {
      generation++;
      controller?.abort();
      controller = null;
      set({ draft: emptyDraft, run: { type: "idle" } });
    },
  };
});

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new DOMException("The operation was aborted.", "AbortError"));
    }, { once: true });
  });
}
