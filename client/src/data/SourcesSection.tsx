import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SourceSummary } from "../../../contract/sources.ts";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";
import { useImportStore } from "./importStore";
import { useSources } from "./sourcesApi";
import { SourcesDeletion } from "./SourcesDeletion";

/**
 * The load sources the reader may see: name, counts, last import and who made it, with a
 * Delete action that first shows its dry run (what would go, or why it is refused) and
 * asks to confirm. Refreshed after each import and each deletion.
 */
export function SourcesSection() {
  const { t } = useTranslation("data");
  const imports = useImportStore((state) => state.revision);
  const [deletions, setDeletions] = useState(0);
  const [deleting, setDeleting] = useState<string | null>(null);
  const sources = useSources(imports + deletions);

  return (
    <section className="data-section" aria-labelledby="sources-heading" data-testid="sources">
      <div className="data-section__top">
        <h2 id="sources-heading" className="data-section__heading">{t("sources.heading")}</h2>
        <button type="button" className="button data-section__refresh" onClick={sources.reload}>{t("refresh")}</button>
      </div>
      <p className="data-section__intro">{t("sources.intro")}</p>
      {sources.type === "loading" && <BusyLine text={t("sources.loading")} />}
      {sources.type === "error" && <ProblemNotice problem={sources.problem} />}
      {sources.type === "loaded" && sources.data.sources.length === 0 && <p className="data-empty">{t("sources.empty")}</p>}
      {sources.type === "loaded" && sources.data.sources.length > 0 && (
        <div className="data-scroll" tabIndex={0} role="region" aria-labelledby="sources-heading">
          <p className="param-form__help">{t("sources.unitNote")}</p>
          <table className="data-table sources-table">
            <caption className="visually-hidden">{t("sources.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sources.columns.name")}</th>
                <th scope="col" className="data-table__numeric">{t("sources.columns.nodes")}</th>
                <th scope="col" className="data-table__numeric">{t("sources.columns.edges")}</th>
                <th scope="col">{t("sources.columns.lastImport")}</th>
                <th scope="col">{t("sources.columns.who")}</th>
                <th scope="col"><span className="visually-hidden">{t("sources.columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {sources.data.sources.map((source) => (
                <SourceRow key={source.name} source={source} busy={deleting !== null} onDelete={() => setDeleting(source.name)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting !== null && (
        <SourcesDeletion
          key={deleting}
          name={deleting}
          onClose={() => {
            const name = deleting;
            setDeleting(null);
            // Back to the row's button, so the keyboard stays where it was.
            requestAnimationFrame(() => [...document.querySelectorAll<HTMLElement>("[data-source-delete]")]
              .find((button) => button.dataset.sourceDelete === name)?.focus());
          }}
          onDeleted={() => setDeletions((count) => count + 1)}
        />
      )}
    </section>
  );
}

function SourceRow({ source, busy, onDelete }: { source: SourceSummary; busy: boolean; onDelete(): void }) {
  const { t, i18n } = useTranslation("data");
  const number = new Intl.NumberFormat(i18n.language);
  const at = source.lastImport?.at ? new Date(source.lastImport.at) : null;
  return (
    <tr data-source={source.name}>
      <th scope="row">{source.name}</th>
      <td className="data-table__numeric">{number.format(source.nodes)}</td>
      <td className="data-table__numeric">{number.format(source.edges)}</td>
      <td>
        {at && !Number.isNaN(at.getTime())
          ? <time dateTime={source.lastImport!.at}>{new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(at)}</time>
          : <span className="data-table__unit">{t("sources.unknown")}</span>}
      </td>
      <td>{source.lastImport?.user ?? <span className="data-table__unit">{t("sources.unknown")}</span>}</td>
      <td>
        <button
          type="button" className="button button--danger" disabled={busy} onClick={onDelete}
          data-source-delete={source.name} aria-label={t("sources.deleteLabel", { name: source.name })}
        >
          {t("sources.delete")}
        </button>
      </td>
    </tr>
  );
}
