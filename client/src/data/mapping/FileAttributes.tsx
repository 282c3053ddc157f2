import { useTranslation } from "react-i18next";
import type { FileAttribute, FileProfile } from "../../../../contract/import-mapping.ts";

/** What each dropped file holds: its format and counts, then each attribute with how many elements carry it and a few of its values. */
export function FileAttributes({ files }: { files: FileProfile[] }) {
  const { t, i18n } = useTranslation("data");
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="mapping-files" data-testid="mapping-files">
      {files.map((file) => (
        <table key={file.name} className="data-table mapping-files__table" data-file={file.name}>
          <caption>
            <span className="import-errors__file">{file.name}</span>{" "}
            <span className="param-form__help">
              {t("mapping.fileSummary", {
                format: file.format, nodes: number.format(file.nodes), edges: number.format(file.edges),
              })}
              {file.undirectedEdges > 0 && ` ${t("mapping.undirectedCount", { count: file.undirectedEdges, total: number.format(file.undirectedEdges) })}`}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("mapping.attribute")}</th>
              <th scope="col" className="data-table__numeric">{t("mapping.count")}</th>
              <th scope="col">{t("mapping.samples")}</th>
            </tr>
          </thead>
          <tbody>
            {file.nodeAttributes.length + file.edgeAttributes.length === 0 && (
              <tr><td colSpan={3} className="param-form__help">{t("mapping.noAttributes")}</td></tr>
            )}
            {file.nodeAttributes.map((attribute) => <AttributeRow key={`n-${attribute.name}`} attribute={attribute} element="nodes" />)}
            {file.edgeAttributes.map((attribute) => <AttributeRow key={`e-${attribute.name}`} attribute={attribute} element="edges" />)}
          </tbody>
        </table>
      ))}
    </div>
  );
}

function AttributeRow({ attribute, element }: { attribute: FileAttribute; element: "nodes" | "edges" }) {
  const { t, i18n } = useTranslation("data");
  const number = new Intl.NumberFormat(i18n.language);
  const distinct = attribute.distinctCapped ? t("mapping.distinctCapped", { total: number.format(attribute.distinct) })
    : t("mapping.distinct", { count: attribute.distinct, total: number.format(attribute.distinct) });
  return (
    <tr data-attribute={attribute.name} data-element={element}>
      <th scope="row">
        <code>{attribute.name}</code> <span className="mapping-files__element">{t(`mapping.${element}.short`)}</span>
      </th>
      <td className="data-table__numeric">{number.format(attribute.count)}</td>
      <td className="mapping-files__samples">
        {attribute.samples.map((sample, index) => <code key={index} className="mapping-files__sample">{String(sample)}</code>)}
        <span className="param-form__help"> {distinct}</span>
      </td>
    </tr>
  );
}
