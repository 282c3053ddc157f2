import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { groupProblemsByFile, type ProblemGroup, type ProblemRow } from "./problemRows";
import type { ImportReport } from "../../../contract/imports.ts";
import { nextSortOrder, sortRows, type SortOrder } from "../explore/sortRows";

type Column = "line" | "row" | "field" | "message";
const COLUMNS: Column[] = ["line", "row", "field", "message"];

/**
 * Why the files were rejected: first the kinds of problem with how many of each (every
 * problem counted, even past the listed ones), then one table per file, each problem with
 * its line, its row (or JSON element), the field and the message; in file order, sortable
 * by column. When the server kept only the first problems, says how many there are in all.
 */
export function ImportErrors({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation("data");
  const groups = useMemo(() => groupProblemsByFile(report.errors), [report.errors]);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="import-errors" data-testid="import-errors">
      <h4 className="data-subheading">{t("errors.heading", { count: report.errorCount, total: number.format(report.errorCount) })}</h4>
      {report.errorCount > report.errors.length && (
        <p className="import-errors__partial" data-testid="import-errors-partial">
          {t("errors.partial", { shown: number.format(report.errors.length), total: number.format(report.errorCount) })}
        </p>
      )}
      {report.problemGroups.length > 0 && (
        <ul className="import-errors__groups" aria-label={t("errors.groups")} data-testid="import-error-groups">
          {report.problemGroups.map((group) => (
            <li key={group.code} data-code={group.code} className="import-errors__group">
              <span>{t(`errors.codes.${group.code}`)}</span>{" "}
              <span className="import-errors__group-count">{number.format(group.count)}</span>
            </li>
          ))}
        </ul>
      )}
      {groups.map((group) => <ProblemTable key={group.file} group={group} />)}
    </div>
  );
}

function ProblemTable({ group }: { group: ProblemGroup }) {
  const { t } = useTranslation("data");
  const [order, setOrder] = useState<SortOrder<Column> | null>(null);
  const rows = useMemo(() => (order ? sortRows(group.rows, order) : group.rows), [group.rows, order]);
  return (
    <table className="data-table import-errors__table" data-file={group.file}>
      <caption>
        <span className="import-errors__file">{group.file}</span>{" "}
        <span className="import-errors__count">{t("errors.inFile", { count: group.rows.length })}</span>
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => {
            const label = t(`errors.columns.${column}`);
            const here = order?.key === column;
            return (
              <th key={column} scope="col" aria-sort={here ? order.direction : undefined} className={column === "line" ? "data-table__numeric" : undefined}>
                <button
                  type="button"
                  className="button button--bare data-table__sort"
                  title={t("errors.sortBy", { column: label })}
                  onClick={() => setOrder((current) => (current ? nextSortOrder(current, column) : { key: column, direction: "ascending" }))}
                >
                  {label}
                  <span aria-hidden="true">{here ? (order.direction === "ascending" ? " ▲" : " ▼") : ""}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => <ProblemLine key={row.id} row={row} />)}
      </tbody>
    </table>
  );
}

function ProblemLine({ row }: { row: ProblemRow }) {
  return (
    <tr>
      <td className="data-table__numeric">{row.line ?? ""}</td>
      <td>{typeof row.row === "string" ? <code>{row.row}</code> : (row.row ?? "")}</td>
      <td>{row.field ? <code>{row.field}</code> : ""}</td>
      <td className="import-errors__message">{row.message}</td>
    </tr>
  );
}
