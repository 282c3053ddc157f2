import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { asOfAt, asOfFromInput, sliderValue, yearScale } from "./asOfYears";
import { useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import { asLabel, useValueName } from "../i18n/valueNames";
import { SCOPES } from "../view/viewState";
import { useViewStore } from "../view/viewStore";
import { ShapeSwatch } from "./ShapeSwatch";

/** The slider writes the date this long after it stops moving: each date reloads the graph. */
const SLIDER_SETTLE_MS = 300;

/**
 * The left sidebar's filters: kinds and relationship types to show, the partners' scope,
 * the date the network is shown as of, and a way back for entities hidden by hand.
 * Everything is written to the view store (and so to the URL).
 */
export function FilterPanel() {
  const { t } = useTranslation("explore");
  const model = useGraphStore((state) => state.model);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const hiddenTypes = useViewStore((state) => state.hiddenTypes);
  const scope = useViewStore((state) => state.scope);
  const hiddenNodes = useViewStore((state) => state.hiddenNodes);
  const toggleIn = useViewStore((state) => state.toggleIn);
  const set = useViewStore((state) => state.set);
  const language = currentLanguage();
  const valueName = useValueName();

  return (
    <section className="filter-panel" aria-labelledby="filter-panel-heading">
      <h2 id="filter-panel-heading" className="filter-panel__heading">
        {t("filters.heading")}
      </h2>
      {model ? (
        <>
          <fieldset className="filter-panel__group">
            <legend>{t("filters.kinds")}</legend>
            {model.kinds.map((kind) => (
              <label key={kind.id} className="filter-panel__check">
                <input type="checkbox" checked={!hiddenKinds.includes(kind.id)} onChange={() => toggleIn("hiddenKinds", kind.id)} />
                <ShapeSwatch shape={kind.shape} color={kind.color} size={12} />
                {kind.names[language]}
              </label>
            ))}
          </fieldset>
          {/* Sixteen types are a long list, and the legend below toggles them too: folded by default. */}
          <details className="filter-panel__fold">
            <summary>
              {t("filters.typesSummary", {
                shown: model.relationshipTypes.filter((type) => !hiddenTypes.includes(type.id)).length,
                total: model.relationshipTypes.length,
              })}
            </summary>
            <fieldset className="filter-panel__group">
              <legend className="visually-hidden">{t("filters.types")}</legend>
              {model.relationshipTypes.map((type) => (
                <label key={type.id} className="filter-panel__check">
                  <input type="checkbox" checked={!hiddenTypes.includes(type.id)} onChange={() => toggleIn("hiddenTypes", type.id)} />
                  {type.names[language]}
                </label>
              ))}
            </fieldset>
          </details>
        </>
      ) : (
        <p className="filter-panel__waiting">{t("filters.waiting")}</p>
      )}
      <fieldset className="filter-panel__group">
        <legend>{t("filters.scope.legend")}</legend>
        {SCOPES.map((value) => (
          <label key={value} className="filter-panel__check">
            <input type="radio" name="filter-panel-scope" value={value} checked={scope === value} onChange={() => set({ scope: value })} />
            {value === "all" ? t("filters.scope.all") : asLabel(valueName("scope", value), language)}
          </label>
        ))}
      </fieldset>
      <AsOfFilter />
      {hiddenNodes.length > 0 && (
        <button type="button" className="button filter-panel__show-hidden" onClick={() => set({ hiddenNodes: [] })}>
          {t("filters.showHidden", { count: hiddenNodes.length })}
        </button>
      )}
    </section>
  );
}

/** The as-of date, as a year slider (its last step: all dates) and as a date input. */
function AsOfFilter() {
  const { t } = useTranslation("explore");
  const asOf = useViewStore((state) => state.asOf);
  const set = useViewStore((state) => state.set);
  const scale = useMemo(() => yearScale(), []);
  const sliderId = useId();
  const dateId = useId();
  // The slider moves freely; the store (and so the graph) follows once it settles.
  const [position, setPosition] = useState(() => sliderValue(asOf, scale));
  useEffect(() => setPosition(sliderValue(asOf, scale)), [asOf, scale]);
  useEffect(() => {
    const wanted = asOfAt(position, scale);
    if (position === sliderValue(asOf, scale)) return;
    const timer = window.setTimeout(() => set({ asOf: wanted }), SLIDER_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [position, asOf, scale, set]);

  const valueText =
    position >= scale.max
      ? t("filters.asOf.allDates")
      : position >= scale.currentYear
        ? t("filters.asOf.today")
        : t("filters.asOf.endOfYear", { year: position });

  return (
    <fieldset className="filter-panel__group filter-panel__as-of">
      <legend>{t("filters.asOf.legend")}</legend>
      <label htmlFor={sliderId}>{t("filters.asOf.year")}</label>
      <div className="filter-panel__slider">
        <input
          id={sliderId}
          type="range"
          min={scale.min}
          max={scale.max}
          step={1}
          value={position}
          aria-valuetext={valueText}
          onChange={(event) => setPosition(Number(event.target.value))}
        />
        <output htmlFor={sliderId}>{valueText}</output>
      </div>
      <label htmlFor={dateId}>{t("filters.asOf.date")}</label>
      <input id={dateId} type="date" value={asOf ?? ""} onChange={(event) => set({ asOf: asOfFromInput(event.target.value) })} />
      {asOf !== null && (
        <button type="button" className="button filter-panel__all-dates" onClick={() => set({ asOf: null })}>
          {t("filters.asOf.showAll")}
        </button>
      )}
    </fieldset>
  );
}
