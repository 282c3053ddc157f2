import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../../contract/imports.ts";

const ROWS = ["created", "updated", "unchanged", "deleted"] as const;

/** To create / to update / unchanged / to delete, for entities and relationships (past tense once imported). */
export function ImportCounts({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation("data");
  const tense = report.dryRun ? "dryRun" : "done";
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <table className="data-table import-counts" data-testid="import-counts">
      <caption>{t(`counts.caption.${tense}`)}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col" className="data-table__numeric">{t("counts.nodes")}</th>
          <th scope="col" className="data-table__numeric">{t("counts.edges")}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => {
          const { nodes, edges } = report[row];
          const deleting = row === "deleted" && nodes + edges > 0;
          return (
            <tr key={row} className={deleting ? "import-counts__row--deleted" : undefined} data-row={row}>
              <th scope="row">{t(`counts.${row}.${tense}`)}</th>
              <td className="data-table__numeric">{number.format(nodes)}</td>
              <td className="data-table__numeric">{number.format(edges)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
