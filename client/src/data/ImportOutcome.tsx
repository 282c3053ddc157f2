import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useImportStore } from "./importStore";
import { ProblemNotice } from "../ui/StatusNotices";
import { ImportProgressBar } from "./ImportProgressBar";
import { ImportReportView } from "./ImportReportView";
import { fieldErrorsOf } from "../api/fieldErrors";

/**
 * Below the form: the job's progress, then its report; after a clean dry run the
 * confirmation (with a warning when it deletes), after an import what to do next.
 * A report's heading takes the focus when the report arrives, so that it is read out.
 */
export function ImportOutcome() {
  const { t } = useTranslation("data");
  const run = useImportStore((state) => state.run);
  const confirm = useImportStore((state) => state.confirm);
  const reset = useImportStore((state) => state.reset);
  const outcome = useRef<HTMLDivElement>(null);
  const report = run.type === "done" ? run.report : null;
  // A report already there when the page opens (back from the explore view) does not take the focus.
  const seen = useRef(report);

  useEffect(() => {
    if (report && report !== seen.current) outcome.current?.querySelector<HTMLElement>("#import-report-heading")?.focus();
    seen.current = report;
  }, [report]);

  if (run.type === "idle") return null;
  return (
    <div className="import-outcome" ref={outcome} data-testid="import-outcome">
      {run.type === "uploading" && <ImportProgressBar progress={null} dryRun={run.dryRun} />}
      {run.type === "running" && <ImportProgressBar progress={run.progress} dryRun={run.dryRun} />}
      {run.type === "error" && (
        <ProblemNotice
          problem={run.problem}
          details={fieldErrorsOf(run.problem, []).other}
        />
      )}
      {report && <ImportReportView report={report} />}
      {report?.status === "dry-run" && (
        <div className="import-confirm">
          {report.deleted.nodes + report.deleted.edges > 0 && (
            <p className="import-confirm__warning" data-testid="import-delete-warning">
              {t("confirm.deletes", { nodes: report.deleted.nodes, edges: report.deleted.edges, source: run.type === "done" ? run.request.source : "" })}
            </p>
          )}
          <p className="param-form__help">{t("confirm.hint")}</p>
          <div className="param-form__actions">
            <button type="button" className="button button--primary" data-testid="import-confirm" onClick={() => void confirm()}>
              {t("confirm.import")}
            </button>
          </div>
        </div>
      )}
      {report?.status === "rejected" && <p className="param-form__help">{t("confirm.fixAndRetry")}</p>}
      {report?.status === "imported" && (
        <div className="param-form__actions">
          <button type="button" className="button" onClick={reset}>{t("confirm.another")}</button>
        </div>
      )}
    </div>
  );
}
