import { useTranslation } from "react-i18next";

const FORMATS = [
  { id: "json", href: "/api/export?format=json" },
  { id: "csv", href: "/api/export?format=csv" },
  { id: "graphml", href: "/api/export?format=graphml" },
] as const;

const CSV_PARTS = [
  { id: "nodes", href: "/api/export?format=csv&part=nodes" },
  { id: "relationships", href: "/api/export?format=csv&part=relationships" },
] as const;

/** The whole graph in the database as files the importer reads back. */
export function ExportLinks() {
  const { t } = useTranslation("data");
  return (
    <section className="data-section" aria-labelledby="export-heading" data-testid="data-export">
      <h2 id="export-heading" className="data-section__heading">{t("export.heading")}</h2>
      <p className="param-form__help">{t("export.help")}</p>
      <ul className="data-export">
        {FORMATS.map((format) => (
          <li key={format.id}>
            <a className="button data-export__link" href={format.href} download data-format={format.id}>
              {t(`export.formats.${format.id}.label`)}
            </a>
            <span className="param-form__help">{t(`export.formats.${format.id}.help`)}</span>
          </li>
        ))}
      </ul>
      <p className="data-export__parts">
        {t("export.parts")}{" "}
        {CSV_PARTS.map((part, index) => (
          <span key={part.id}>
            {index > 0 && " · "}
            <a className="data-link" href={part.href} download data-format={`csv-${part.id}`}>{t(`export.csvParts.${part.id}`)}</a>
          </span>
        ))}
      </p>
    </section>
  );
}
