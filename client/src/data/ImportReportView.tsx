import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../../contract/imports.ts";
import { formatBytes } from "./formatBytes";
import { ImportChanges } from "./ImportChanges";
import { ImportCounts } from "./ImportCounts";
import { ImportErrors } from "./ImportErrors";
import { ImportWarnings } from "./ImportWarnings";

/**
 * A finished import or dry run: what it means in one line, the server's sentence, the
 * files read, then either the errors (rejected) or the counts and the changes.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation("data");
  const rejected = report.status === "rejected" || report.status === "failed";
  return (
    <section className="import-report" data-status={report.status} data-testid="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading" className="import-report__heading" tabIndex={-1}>{t(`report.heading.${report.status}`)}</h3>
      <p className="import-report__message" data-testid="import-message">{report.message}</p>
      {report.files.length > 0 && (
        <ul className="import-report__files" aria-label={t("report.files")}>
          {report.files.map((file) => (
            <li key={file.name}>
              <span className="import-report__file-name">{file.name}</span>{" "}
              <span className="param-form__help">
                {t("report.fileSummary", { size: formatBytes(file.bytes, i18n.language), nodes: file.nodes, edges: file.edges })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {report.errors.length > 0 && <ImportErrors report={report} />}
      <ImportWarnings report={report} />
      {!rejected && <ImportCounts report={report} />}
      {!rejected && <ImportChanges report={report} />}
    </section>
  );
}
