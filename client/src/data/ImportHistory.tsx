import { useTranslation } from "react-i18next";
import type { ElementCounts, ImportHistoryEntry } from "../../../contract/imports.ts";
import { useImportStore } from "./importStore";
import { useImportHistory } from "./dataApi";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";
import { MarkingStrip } from "../session/MarkingBanner";

const HISTORY_LIMIT = 50;
const COUNT_COLUMNS = ["created", "updated", "deleted", "unchanged"] as const;

/** Who imported which files when, how, and what it did; newest first, refreshed after each import. */
export function ImportHistory() {
  const { t } = useTranslation("data");
  const revision = useImportStore((state) => state.revision);
  const history = useImportHistory(HISTORY_LIMIT, revision);

  return (
    <section className="data-section" aria-labelledby="history-heading" data-testid="import-history">
      <div className="data-section__top">
        <h2 id="history-heading" className="data-section__heading">{t("history.heading")}</h2>
        <button type="button" className="button data-section__refresh" onClick={history.reload}>{t("refresh")}</button>
      </div>
      {history.type === "loading" && <BusyLine text={t("history.loading")} />}
      {history.type === "error" && <ProblemNotice problem={history.problem} />}
      {history.type === "loaded" && history.data.imports.length === 0 && <p className="data-empty">{t("history.empty")}</p>}
      {history.type === "loaded" && history.data.imports.length > 0 && (
        <div className="data-scroll" tabIndex={0} role="region" aria-labelledby="history-heading">
          <p className="param-form__help import-history__unit">{t("history.unitNote")}</p>
          <table className="data-table import-history">
            <caption className="visually-hidden">{t("history.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("history.columns.when")}</th>
                <th scope="col">{t("history.columns.who")}</th>
                <th scope="col">{t("history.columns.files")}</th>
                <th scope="col">{t("history.columns.mode")}</th>
                <th scope="col">{t("history.columns.status")}</th>
                {COUNT_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="data-table__numeric">{t(`history.columns.${column}`)}</th>
                ))}
                <th scope="col" className="data-table__numeric">{t("history.columns.errors")}</th>
                <th scope="col">{t("history.columns.marking")}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.imports.map((entry) => <HistoryRow key={entry.id} entry={entry} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function HistoryRow({ entry }: { entry: ImportHistoryEntry }) {
  const { t, i18n } = useTranslation("data");
  const when = new Date(entry.finishedAt || entry.startedAt);
  const date = Number.isNaN(when.getTime())
    ? entry.finishedAt
    : new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(when);
  return (
    <tr data-import={entry.id}>
      <td className="import-history__when"><time dateTime={entry.finishedAt}>{date}</time></td>
      <td>{entry.user}</td>
      <td>
        <ul className="import-history__files">
          {entry.files.map((file) => <li key={file.name}>{file.name}</li>)}
        </ul>
      </td>
      <td>
        {t(`modes.${entry.mode}`, { defaultValue: entry.mode })}
        {entry.source && <span className="import-history__source">{t("history.source", { source: entry.source })}</span>}
      </td>
      <td><span className={`data-badge data-badge--${entry.status}`}>{t(`status.${entry.status}`)}</span></td>
      {COUNT_COLUMNS.map((column) => <CountCell key={column} counts={entry[column]} />)}
      <td className="data-table__numeric">{entry.errorCount > 0 ? entry.errorCount : ""}</td>
      <td>{entry.marking && <MarkingStrip marking={entry.marking} label={t("history.markingLabel")} position="tag" testId="import-marking" />}</td>
    </tr>
  );
}

function CountCell({ counts }: { counts: ElementCounts }) {
  const { t, i18n } = useTranslation("data");
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <td className="data-table__numeric" title={t("history.countsTitle", { nodes: counts.nodes, edges: counts.edges })}>
      {number.format(counts.nodes)} <span className="data-table__unit">/ {number.format(counts.edges)}</span>
    </td>
  );
}
