import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useModelNames } from "../graph/modelNames";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../../contract/imports.ts";
import { ApiProblem } from "../api/ApiProblem";
import { isAbort, toProblem } from "../api/fetchJson";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";
import { deleteSource } from "./sourcesApi";

/** How far one deletion has gone: its dry run, then, once confirmed, the real one. */
type Step =
  | { type: "checking" }
  | { type: "ready"; report: ImportReport }
  | { type: "deleting"; report: ImportReport }
  | { type: "refused"; reasons: string[] }
  | { type: "done"; report: ImportReport }
  | { type: "error"; problem: ApiProblem };

const LISTED = 20;

/**
 * Deleting one source: the dry run first (what would go, or why it is refused), then a
 * confirmation. The panel takes the focus when it opens and at each step; Escape closes
 * it unless the deletion is under way.
 */
export function SourcesDeletion({ name, onClose, onDeleted }: { name: string; onClose(): void; onDeleted(): void }) {
  const { t } = useTranslation("data");
  const [step, setStep] = useState<Step>({ type: "checking" });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    deleteSource(name, true, controller.signal)
      .then((report) => setStep({ type: "ready", report }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setStep(failure(error));
      });
    return () => controller.abort();
  }, [name]);

  useEffect(() => {
    heading.current?.focus();
  }, [step.type]);

  const confirm = async (report: ImportReport) => {
    setStep({ type: "deleting", report });
    try {
      const done = await deleteSource(name, false);
      setStep({ type: "done", report: done });
      onDeleted();
    } catch (error) {
      setStep(failure(error));
    }
  };

  const escape = (event: KeyboardEvent) => {
    if (event.key === "Escape" && step.type !== "deleting") onClose();
  };

  return (
    <div className="sources-deletion" role="region" aria-labelledby="sources-deletion-heading" onKeyDown={escape} data-testid="source-deletion">
      <h3 id="sources-deletion-heading" className="sources-deletion__heading" tabIndex={-1} ref={heading}>
        {t("sources.deletionHeading", { name })}
      </h3>
      <div aria-live="polite">
        {step.type === "checking" && <BusyLine text={t("sources.checking", { name })} />}
        {step.type === "deleting" && <BusyLine text={t("sources.deleting", { name })} />}
        {step.type === "error" && <ProblemNotice problem={step.problem} />}
        {step.type === "refused" && (
          <>
            <p className="sources-deletion__refused">{t("sources.refused", { name })}</p>
            <ul className="sources-deletion__reasons" data-testid="source-refusal">
              {step.reasons.map((reason) => <li key={reason}>{reason}</li>)}
            </ul>
          </>
        )}
        {step.type === "ready" && <WouldGo name={name} report={step.report} />}
        {step.type === "done" && (
          <p className="sources-deletion__done" data-testid="source-deleted">
            {t("sources.deleted", { name, nodes: step.report.deleted.nodes, edges: step.report.deleted.edges })}
          </p>
        )}
      </div>
      <div className="sources-deletion__actions">
        {step.type === "ready" && (
          <button type="button" className="button button--danger-solid" onClick={() => void confirm(step.report)} data-testid="source-confirm">
            {t("sources.confirm", { name })}
          </button>
        )}
        {step.type !== "deleting" && (
          <button type="button" className="button" onClick={onClose}>
            {step.type === "ready" || step.type === "checking" ? t("sources.cancel") : t("sources.close")}
          </button>
        )}
      </div>
    </div>
  );
}

function WouldGo({ name, report }: { name: string; report: ImportReport }) {
  const { t } = useTranslation("data");
  const { kindName, typeName } = useModelNames();
  const listed = report.changes.deleted.slice(0, LISTED);
  const total = report.deleted.nodes + report.deleted.edges;
  return (
    <>
      <p data-testid="source-would-delete">{t("sources.wouldDelete", { name, nodes: report.deleted.nodes, edges: report.deleted.edges })}</p>
      {listed.length > 0 && (
        <ul className="sources-deletion__list">
          {listed.map((change) => (
            <li key={`${change.element}:${change.id}`}><code>{change.id}</code> <span className="data-table__unit">
              {(change.element === "node" ? kindName(change.label) : typeName(change.label)) ?? change.label}
            </span></li>
          ))}
        </ul>
      )}
      {total > listed.length && <p className="data-table__unit">{t("sources.notListed", { hidden: total - listed.length })}</p>}
    </>
  );
}

/** A refusal (422) lists the import's problems; anything else is a problem to show as such. */
function failure(error: unknown): Step {
  const problem = toProblem(error);
  if (problem.status === 422 && problem.errors?.length) {
    const reasons = problem.errors.map((entry) => String((entry as { message?: unknown }).message ?? ""));
    return { type: "refused", reasons: [...new Set(reasons.filter(Boolean))] };
  }
  return { type: "error", problem };
}
