import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../../contract/imports.ts";

/**
 * What the import drops or changes on its way in, once per cause: an attribute no
 * mapping uses (how many elements carry it, a few values), reciprocal pairs merged,
 * undirected edges oriented, nodes made from an edge list's ends.
 */
export function ImportWarnings({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation("data");
  const number = new Intl.NumberFormat(i18n.language);
  if (report.warnings.length === 0) return null;
  return (
    <div className="import-warnings" data-testid="import-warnings">
      <h4 className="data-subheading">{t("warnings.heading", { count: report.warnings.length, total: number.format(report.warnings.length) })}</h4>
      <ul className="import-warnings__list">
        {report.warnings.map((warning, index) => (
          <li key={index} className="import-warnings__item" data-code={warning.code}>
            <strong>{t(`warnings.codes.${warning.code}`)}</strong>
            {warning.attribute !== undefined && <> <code>{warning.attribute}</code></>}
            {" "}<span className="import-warnings__count">{t("warnings.count", { count: warning.count, total: number.format(warning.count) })}</span>
            {warning.file !== undefined && <span className="param-form__help"> — {warning.file}</span>}
            <p className="import-warnings__message">{warning.message}</p>
            {warning.samples && warning.samples.length > 0 && (
              <p className="param-form__help">
                {t("warnings.samples")}{" "}
                {warning.samples.map((sample, i) => <code key={i} className="import-warnings__sample">{sample}</code>)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
