import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/useLanguage";
import { groupByCategory } from "./catalogSchema";
import { type CatalogEntry } from "../../../contract/queries.ts";
import { fieldErrorsOf } from "../api/fieldErrors";
import { fieldsOf } from "./paramFields";
import { useQueryCatalog } from "./queriesApi";
import { useQueryRun } from "./useQueryRun";
import { useViewStore } from "../view/viewStore";
import { ParamForm } from "./ParamForm";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";
import { QueryResults } from "./QueryResults";

/**
 * The canned queries: the catalog by category; a chosen query's parameter form, its run
 * and its findings (a summary, a table, and the findings emphasised on the canvas). The
 * chosen query and its parameters live in the view, so a shared link re-runs it.
 */
export function QueriesPanel() {
  const { t } = useTranslation("panels");
  const language = useLanguage();
  const catalog = useQueryCatalog(language);
  const { run, start, reset, clear } = useQueryRun();
  const [chosenId, setChosenId] = useState<string | null>(() => useViewStore.getState().query?.id ?? null);

  // A query in the view when the panel opens (a shared link, or back from another tab) runs again.
  useEffect(() => {
    const { query } = useViewStore.getState();
    if (query) void start({ id: query.id, params: query.params, language });
    // Once per mount (language is read, not watched): later changes are the panel's own doing.
  }, [start]);

  // Summaries and column titles are worded by the server: a new language asks again.
  const ranIn = useRef(language);
  useEffect(() => {
    if (ranIn.current === language) return;
    ranIn.current = language;
    const { query } = useViewStore.getState();
    if (query && run.type !== "none") void start({ id: query.id, params: query.params, language });
  }, [language, run.type, start]);

  const entries = catalog.type === "loaded" ? catalog.data.queries : [];
  const chosen = entries.find((entry) => entry.id === chosenId);

  return (
    <section className="side-panel queries-panel" aria-labelledby="queries-panel-heading">
      <h2 id="queries-panel-heading" className="side-panel__heading">{t("queries.heading")}</h2>
      {catalog.type === "loading" && <BusyLine text={t("queries.loadingCatalog")} />}
      {catalog.type === "error" && <ProblemNotice problem={catalog.problem} />}
      {catalog.type === "loaded" && chosenId !== null && !chosen && (
        <p className="side-panel__hint">{t("queries.unknown", { id: chosenId })}</p>
      )}
      {catalog.type === "loaded" && !chosen && (
        <QueryCatalog
          entries={entries}
          onChoose={(id) => {
            reset();
            setChosenId(id);
          }}
        />
      )}
      {chosen && (
        <ChosenQuery
          entry={chosen}
          run={run}
          onRun={(params) => void start({ id: chosen.id, params, language })}
          onClear={clear}
          onBack={() => {
            clear();
            setChosenId(null);
          }}
        />
      )}
    </section>
  );
}

function QueryCatalog({ entries, onChoose }: { entries: CatalogEntry[]; onChoose(id: string): void }) {
  const { t } = useTranslation("panels");
  return (
    <div className="query-catalog">
      {groupByCategory(entries).map(({ category, entries: inCategory }) => (
        <section key={category} className="query-catalog__group" aria-labelledby={`query-category-${category}`}>
          <h3 id={`query-category-${category}`} className="side-panel__subheading">
            {t(`categories.${category}`, { defaultValue: category })}
          </h3>
          <ul className="list-reset">
            {inCategory.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="button button--card query-catalog__item" onClick={() => onChoose(entry.id)} data-query={entry.id}>
                  <span className="query-catalog__title">{entry.title}</span>
                  <span className="query-catalog__description">{entry.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface ChosenQueryProps {
  entry: CatalogEntry;
  run: ReturnType<typeof useQueryRun>["run"];
  onRun(params: Record<string, unknown>): void;
  onClear(): void;
  onBack(): void;
}

function ChosenQuery({ entry, run, onRun, onClear, onBack }: ChosenQueryProps) {
  const { t } = useTranslation("panels");
  const query = useViewStore((state) => state.query);
  const asOf = useViewStore((state) => state.asOf);
  const fields = useMemo(() => fieldsOf(entry.params), [entry.params]);
  const stored = useMemo(
    () => ({ ...(asOf ? { asOf } : {}), ...(query?.id === entry.id ? query.params : {}) }),
    // The form reads these once, when it is created for this query; later runs must not reset it.
    [entry.id],
  );
  const mine = run.type !== "none" && run.id === entry.id;
  const errors = mine && run.type === "error" ? fieldErrorsOf(run.problem, fields.map((f) => f.name)) : { byField: {}, other: [] };
  const limitField = fields.find((field) => field.name === "limit");
  const limitAsked = mine && run.type === "done" && typeof run.params.limit === "number"
    ? run.params.limit
    : limitField?.kind === "number" ? limitField.defaultValue : undefined;

  return (
    <div className="query-chosen">
      <button type="button" className="button button--link query-chosen__back" onClick={onBack}>
        ← {t("queries.back")}
      </button>
      <h3 className="query-chosen__title">{entry.title}</h3>
      <p className="query-chosen__description">{entry.description}</p>
      <ParamForm
        key={entry.id}
        schema={entry.params}
        stored={stored}
        errors={errors.byField}
        busy={run.type === "running"}
        submitLabel={t("queries.run")}
        onSubmit={onRun}
      >
        <button type="button" className="button" onClick={onClear} disabled={!mine}>
          {t("queries.clear")}
        </button>
      </ParamForm>
      <div className="query-chosen__outcome" aria-live="polite">
        {!mine && <p className="side-panel__hint">{t("queries.notRun")}</p>}
        {mine && run.type === "running" && <BusyLine text={t("queries.running")} />}
        {mine && run.type === "error" && <ProblemNotice problem={run.problem} details={errors.other} />}
        {mine && run.type === "done" && <QueryResults answer={run.answer} limit={limitAsked} />}
      </div>
    </div>
  );
}
