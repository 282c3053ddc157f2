import { useTranslation } from "react-i18next";
import type { ElementChange, ImportReport } from "../../../contract/imports.ts";
import { useModelNames } from "../graph/modelNames";

const CATEGORIES = ["created", "updated", "deleted"] as const;
type Category = (typeof CATEGORIES)[number];

/** Short lists open by themselves; deletions always do, so that none goes unseen. */
const OPEN_UP_TO = 10;

/**
 * The elements the import creates, changes (with the fields that change) and deletes,
 * each category folded under its count; deletions stand out.
 */
export function ImportChanges({ report }: { report: ImportReport }) {
  const { t } = useTranslation("data");
  const tense = report.dryRun ? "dryRun" : "done";
  const shown = CATEGORIES.filter((category) => report.changes[category].length > 0);
  if (shown.length === 0) return null;
  return (
    <div className="import-changes" data-testid="import-changes">
      <h4 className="data-subheading">{t("changes.heading")}</h4>
      {shown.map((category) => (
        <details
          key={category}
          className={`import-changes__group import-changes__group--${category}`}
          open={category === "deleted" || report.changes[category].length <= OPEN_UP_TO}
          data-category={category}
        >
          <summary>
            {t(`changes.${category}.${tense}`, { nodes: report[category].nodes, edges: report[category].edges })}
          </summary>
          <ChangeTable category={category} changes={report.changes[category]} />
        </details>
      ))}
      {report.changes.truncated && <p className="param-form__help">{t("changes.truncated")}</p>}
    </div>
  );
}

function ChangeTable({ category, changes }: { category: Category; changes: ElementChange[] }) {
  const { t } = useTranslation("data");
  const { kindName, typeName } = useModelNames();
  return (
    <table className="data-table import-changes__table">
      <thead>
        <tr>
          <th scope="col">{t("changes.element")}</th>
          <th scope="col">{t("changes.id")}</th>
          <th scope="col">{t("changes.label")}</th>
          {category === "updated" && <th scope="col">{t("changes.fields")}</th>}
          {category !== "deleted" && <th scope="col">{t("changes.where")}</th>}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={`${change.element}:${change.id}`}>
            <td>{t(`changes.elements.${change.element}`)}</td>
            <td><code>{change.id}</code></td>
            <td>{(change.element === "node" ? kindName(change.label) : typeName(change.label)) ?? change.label}</td>
            {category === "updated" && (
              <td>
                <ul className="import-changes__fields" aria-label={t("changes.fields")}>
                  {(change.fields ?? []).map((field) => <li key={field}><code>{field}</code></li>)}
                </ul>
              </td>
            )}
            {category !== "deleted" && <td><ChangePlace change={change} /></td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangePlace({ change }: { change: ElementChange }) {
  const { t } = useTranslation("data");
  if (!change.file) return null;
  if (change.line !== undefined) return t("place.fileLine", { file: change.file, line: change.line });
  if (change.row !== undefined) return t("place.fileRow", { file: change.file, row: change.row });
  return change.file;
}
