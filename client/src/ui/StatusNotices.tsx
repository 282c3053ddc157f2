import { useTranslation } from "react-i18next";
import type { ApiProblem } from "../api/ApiProblem";

export interface ProblemNoticeProps {
  problem: ApiProblem;
  /** Messages not tied to a field the panel shows. */
  details?: string[];
}

/** A failed request, as the panels show it: the problem's title and detail, and any loose errors. */
export function ProblemNotice({ problem, details = [] }: ProblemNoticeProps) {
  const { t } = useTranslation("panels");
  return (
    <div className="panel-problem" role="alert">
      <p className="panel-problem__title">
        <strong>{problem.title}</strong>
        {problem.status > 0 && <span className="panel-problem__status"> ({t("problem.status", { status: problem.status })})</span>}
      </p>
      {problem.detail && <p className="panel-problem__detail">{problem.detail}</p>}
      {details.length > 0 && (
        <ul className="panel-problem__list">
          {details.map((message) => <li key={message}>{message}</li>)}
        </ul>
      )}
    </div>
  );
}

/** A short "working" line with a spinner, announced to screen readers. */
export function BusyLine({ text }: { text: string }) {
  return (
    <p className="panel-busy" role="status" aria-live="polite">
      <span className="panel-busy__spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
