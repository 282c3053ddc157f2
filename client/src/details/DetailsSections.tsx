import { useTranslation } from "react-i18next";
import type { LabelledProperty, NameInLanguage } from "./describeElement";
import { textLanguageOf } from "../i18n/textLanguage";
import { InOriginalLanguage } from "../i18n/InOriginalLanguage";
import { formatInstant, formatValue } from "./formatValue";
import type { NodeDetails } from "../../../contract/explore.ts";
import { useLanguage } from "../i18n/useLanguage";
import { useValueFormat } from "./useValueFormat";
import type { Language } from "../../../contract/model.ts";

/** The names in FR, NL and EN, each marked when it is a translation rather than an official name. */
export function NamesSection({ names }: { names: NameInLanguage[] }) {
  const { t } = useTranslation("panels");
  return (
    <section className="details-section" aria-labelledby="details-names">
      <h3 id="details-names" className="side-panel__subheading">{t("details.names")}</h3>
      <dl className="details-list">
        {names.map(({ language, name, official }) => (
          <div key={language} className="details-list__row" data-language={language}>
            <dt>{t(`languages.${language}`)}</dt>
            <dd lang={language}>
              {name ?? <span className="details-muted">{t("details.noName")}</span>}
              {name && official === false && (
                <span className="details-translation" title={t("details.translationTitle")}>{t("details.translationMark")}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function AcronymsSection({ acronyms }: { acronyms: { language: Language; acronym: string }[] }) {
  const { t } = useTranslation("panels");
  if (acronyms.length === 0) return null;
  return (
    <section className="details-section" aria-labelledby="details-acronyms">
      <h3 id="details-acronyms" className="side-panel__subheading">{t("details.acronyms")}</h3>
      <dl className="details-list">
        {acronyms.map(({ language, acronym }) => (
          <div key={language} className="details-list__row">
            <dt>{t(`languages.${language}`)}</dt>
            <dd lang={language}><abbr>{acronym}</abbr></dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The element's other properties, under the model's names in the UI's language. */
export function PropertiesSection({ properties }: { properties: LabelledProperty[] }) {
  const { t } = useTranslation("panels");
  const format = useValueFormat();
  return (
    <section className="details-section" aria-labelledby="details-properties">
      <h3 id="details-properties" className="side-panel__subheading">{t("details.properties")}</h3>
      {properties.length === 0 ? (
        <p className="details-muted">{t("details.noProperties")}</p>
      ) : (
        <dl className="details-list">
          {properties.map(({ key, label, value, spec }) => {
            const text = formatValue(value, spec, format);
            const written = typeof value === "string" ? textLanguageOf(key) : null;
            return (
              <div key={key} className="details-list__row" data-property={key}>
                <dt>{label}</dt>
                <dd>{written ? <InOriginalLanguage language={written}>{text}</InOriginalLanguage> : text}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

/** Where the element comes from, and the source lines it rests on, quoted. */
export function ProvenanceSection({ provenance }: { provenance: NodeDetails["provenance"] }) {
  const { t } = useTranslation("panels");
  const language = useLanguage();
  const { document, locator, loadedBy, loadedAt, excerpt } = provenance;
  const nothing = !document && !locator && !loadedBy && !loadedAt;
  // A locator's range may span blank lines of the document; they quote nothing.
  const quoted = excerpt.filter(({ text }) => text.trim() !== "");
  return (
    <section className="details-section" aria-labelledby="details-provenance">
      <h3 id="details-provenance" className="side-panel__subheading">{t("details.provenance")}</h3>
      {nothing ? (
        <p className="details-muted">{t("details.noProvenance")}</p>
      ) : (
        <dl className="details-list">
          <ProvenanceRow label={t("details.document")} value={document} />
          <ProvenanceRow label={t("details.location")} value={locator} />
          <ProvenanceRow label={t("details.loadedBy")} value={loadedBy} />
          <ProvenanceRow label={t("details.loadedAt")} value={loadedAt && formatInstant(loadedAt, language)} />
        </dl>
      )}
      {quoted.length > 0 && (
        <figure className="details-excerpt">
          <blockquote cite={document ?? undefined} lang={document && /\.fr\./.test(document) ? "fr" : document && /\.nl\./.test(document) ? "nl" : undefined}>
            {quoted.map(({ line, text }) => (
              <p key={line} className="details-excerpt__line">
                <span className="details-excerpt__number" aria-label={t("details.line", { line })}>{line}</span>
                {text}
              </p>
            ))}
          </blockquote>
          <figcaption className="details-excerpt__caption">{t("details.excerptCaption", { document, locator })}</figcaption>
        </figure>
      )}
    </section>
  );
}

function ProvenanceRow({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div className="details-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
