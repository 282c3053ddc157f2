import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useEntityNames } from "../graph/entityNames";
import { useModelNames } from "../graph/modelNames";
import { useValueFormat } from "../details/useValueFormat";
import type { QueryAnswer } from "../../../contract/queries.ts";
import { cellText, type CellContext } from "./cellText";
import { isTruncated } from "./useQueryRun";
import { useViewStore } from "../view/viewStore";
import { QueryResultsMarking } from "../session/MarkingBanner";
import { findingKey } from "../../../contract/analysis-scope.ts";

export interface QueryResultsProps {
  answer: QueryAnswer;
  /** The `limit` the run asked for, if the query has one. */
  limit?: number;
}

/**
 * A run's findings: the summary sentence, then the rows. A row naming an element (its
 * `id` is on the canvas or among the findings) selects and centres it when clicked.
 */
export function QueryResults({ answer, limit }: QueryResultsProps) {
  const { t } = useTranslation("panels");
  const names = useEntityNames();
  const { kindName, typeName } = useModelNames();
  const format = useValueFormat();
  const select = useViewStore((state) => state.select);
  const selection = useViewStore((state) => state.selection);
  const context: CellContext = { names, kindName, typeName, format };
  const highlighted = useMemo(() => new Set([...answer.highlight.nodes, ...answer.highlight.edges]), [answer.highlight]);
  const selectable = (id: unknown): id is string => typeof id === "string" && (names.has(id) || highlighted.has(id));
  const dependent = useMemo(() => new Set(answer.assumptions.dependent), [answer.assumptions]);
  const truncatedText = answer.findingsInAll !== undefined && answer.findingsInAll > answer.rows.length
    ? t("queries.truncatedOf", { count: answer.findingsInAll, listed: answer.rows.length })
    : t("queries.truncated", { count: answer.rows.length });

  return (
    <div className="query-results">
      <QueryResultsMarking />
      <p className="query-results__summary">{answer.summary}</p>
      <AssumptionNotice answer={answer} />
      {answer.rows.length === 0 ? (
        <p className="query-results__empty">{t("queries.nothingFound")}</p>
      ) : (
        <>
          <p className="query-results__count">
            {t("queries.rowCount", { count: answer.rows.length })}
            {isTruncated(answer, limit) && <span className="query-results__truncated"> — {truncatedText}</span>}
          </p>
          {(answer.cutOffListed?.rowsCut ?? 0) > 0 && (
            <p className="query-results__limit" role="note">
              {t("queries.cutOffListed", { count: answer.cutOffListed?.rowsCut, atMost: answer.cutOffListed?.atMost })}
            </p>
          )}
          {(answer.membersListed?.rowsCut ?? 0) > 0 && (
            <p className="query-results__limit" role="note">
              {t("queries.membersListed", { count: answer.membersListed?.rowsCut, atMost: answer.membersListed?.atMost })}
            </p>
          )}
          <div className="query-results__scroll">
            <table className="query-results__table">
              <thead>
                <tr>
                  {answer.columns.map((column) => <th key={column.key} scope="col">{column.title}</th>)}
                </tr>
              </thead>
              <tbody>
                {answer.rows.map((row, index) => {
                  const id = row.id;
                  const canSelect = selectable(id);
                  const assumed = dependent.has(findingKey(row));
                  return (
                    <tr
                      key={typeof id === "string" ? id : index}
                      className={`query-results__row${canSelect ? " query-results__row--selectable" : ""}${canSelect && id === selection ? " query-results__row--selected" : ""}${assumed ? " query-results__row--assumed" : ""}`}
                      onClick={canSelect ? () => select(id, { focus: true }) : undefined}
                      data-row-id={typeof id === "string" ? id : undefined}
                    >
                      {answer.columns.map((column, c) => {
                        const text = cellText(column.key, row[column.key], context);
                        return (
                          <td key={column.key}>
                            {c === 0 && assumed && <span className="query-results__assumed" title={t("queries.assumedMark")} aria-label={t("queries.assumedMark")}>◆ </span>}
                            {c === 0 && canSelect ? (
                              <button type="button" className="button button--link" title={t("queries.showOnGraph")}>{text}</button>
                            ) : text}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** How many findings rest on links below high confidence, and how many those links hide. */
function AssumptionNotice({ answer }: { answer: QueryAnswer }) {
  const { t } = useTranslation("panels");
  const { dependentFindings, hiddenFindings, compared } = answer.assumptions;
  if (!compared || (dependentFindings === 0 && hiddenFindings === 0)) return null;
  return (
    <p className="query-results__assumptions" role="note">
      {dependentFindings > 0 && t("queries.assumptionsDependent", { count: dependentFindings })}
      {dependentFindings > 0 && hiddenFindings > 0 && " "}
      {hiddenFindings > 0 && t("queries.assumptionsHidden", { count: hiddenFindings })}
    </p>
  );
}
