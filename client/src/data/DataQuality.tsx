import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DataQualityReport } from "../../../contract/data-quality.ts";
import { useImportStore } from "./importStore";
import { useDataQuality } from "./dataApi";
import { useModelNames } from "../graph/modelNames";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";
import { EntityLink } from "./EntityLink";

const LIMIT = 50;

/**
 * What to correct: entities with no relationship, entities without a name in a language,
 * relationships naming no source document. Each with its total; each entity opens in
 * the explore view.
 */
export function DataQuality() {
  const { t } = useTranslation("data");
  const { language } = useModelNames();
  const revision = useImportStore((state) => state.revision);
  const quality = useDataQuality(language, LIMIT, revision);

  return (
    <section className="data-section" aria-labelledby="quality-heading" data-testid="data-quality">
      <div className="data-section__top">
        <h2 id="quality-heading" className="data-section__heading">{t("quality.heading")}</h2>
        <button type="button" className="button data-section__refresh" onClick={quality.reload}>{t("refresh")}</button>
      </div>
      {quality.type === "loading" && <BusyLine text={t("quality.loading")} />}
      {quality.type === "error" && <ProblemNotice problem={quality.problem} />}
      {quality.type === "loaded" && <Findings report={quality.data} />}
    </section>
  );
}

function Findings({ report }: { report: DataQualityReport }) {
  const { t } = useTranslation("data");
  const { kindName, typeName } = useModelNames();
  const languageName = (code: string) => t(`languages.${code}`, { defaultValue: code.toUpperCase() });
  return (
    <>
      <Finding id="orphans" total={report.orphans.total} shown={report.orphans.items.length}>
        {report.orphans.items.map((item) => (
          <li key={item.id}>
            <EntityLink id={item.id}>{item.name || item.id}</EntityLink>{" "}
            <span className="data-quality__meta">{kindName(item.kind) ?? item.kind} · <code>{item.id}</code></span>
          </li>
        ))}
      </Finding>
      <Finding id="missingNames" total={report.missingNames.total} shown={report.missingNames.items.length}>
        {report.missingNames.items.map((item) => (
          <li key={item.id}>
            <EntityLink id={item.id}>{item.name || item.id}</EntityLink>{" "}
            <span className="data-quality__meta">{kindName(item.kind) ?? item.kind} · <code>{item.id}</code></span>
            <span className="data-quality__missing">{t("quality.missing", { languages: item.missing.map(languageName).join(", ") })}</span>
          </li>
        ))}
      </Finding>
      <Finding id="edgesWithoutProvenance" total={report.edgesWithoutProvenance.total} shown={report.edgesWithoutProvenance.items.length}>
        {report.edgesWithoutProvenance.items.map((item) => (
          <li key={item.id}>
            <EntityLink id={item.source}>{item.source}</EntityLink>
            {" → "}
            <EntityLink id={item.target}>{item.target}</EntityLink>{" "}
            <span className="data-quality__meta">{typeName(item.type) ?? item.type} · <code>{item.id}</code></span>
          </li>
        ))}
      </Finding>
    </>
  );
}

function Finding({ id, total, shown, children }: { id: string; total: number; shown: number; children: ReactNode }) {
  const { t, i18n } = useTranslation("data");
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="data-quality__finding" aria-labelledby={`quality-${id}`} data-finding={id}>
      <h3 id={`quality-${id}`} className="data-subheading">
        {t(`quality.${id}.heading`)} <span className={total > 0 ? "data-count data-count--some" : "data-count"}>{number.format(total)}</span>
      </h3>
      <p className="param-form__help">{t(`quality.${id}.help`)}</p>
      {total === 0 ? (
        <p className="data-empty">{t("quality.none")}</p>
      ) : (
        <>
          <ul className="data-quality__list">{children}</ul>
          {total > shown && <p className="param-form__help">{t("quality.more", { shown: number.format(shown), total: number.format(total) })}</p>}
        </>
      )}
    </section>
  );
}
