import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from "../../../contract/analysis-scope.ts";

/** What a what-if counts, as the form holds it: the lowest confidence and the sources as typed. */
export interface ScopeInput {
  minConfidence: ConfidenceLevel;
  sourcesText: string;
}

export const FULL_SCOPE_INPUT: ScopeInput = { minConfidence: "low", sourcesText: "" };

/** The scope as the API takes it: sources split on commas, left out when none. */
export function scopeParams(input: ScopeInput): { minConfidence: ConfidenceLevel; sources?: string[] } {
  const sources = [...new Set(input.sourcesText.split(",").map((item) => item.trim()).filter((item) => item !== ""))];
  return sources.length > 0 ? { minConfidence: input.minConfidence, sources } : { minConfidence: input.minConfidence };
}

/** The links an analysis counts and the import sources it reads, with the same labels as the query forms. */
export function ScopeFields({ value, onChange }: { value: ScopeInput; onChange(value: ScopeInput): void }) {
  const { t } = useTranslation("panels");
  const id = useId();
  return (
    <div className="whatif-scope">
      <div className="param-form__field">
        <label className="param-form__label" htmlFor={`${id}-confidence`}>{t("params.minConfidence")}</label>
        <select
          id={`${id}-confidence`}
          className="param-form__input"
          value={value.minConfidence}
          aria-describedby={`${id}-confidence-help`}
          onChange={(e) => onChange({ ...value, minConfidence: e.target.value as ConfidenceLevel })}
        >
          {CONFIDENCE_LEVELS.map((level) => <option key={level} value={level}>{t(`values.${level}`)}</option>)}
        </select>
        <p id={`${id}-confidence-help`} className="param-form__help">{t("paramHelp.minConfidence")}</p>
      </div>
      <div className="param-form__field">
        <label className="param-form__label" htmlFor={`${id}-sources`}>{t("params.sources")}</label>
        <input
          id={`${id}-sources`}
          className="param-form__input"
          type="text"
          value={value.sourcesText}
          aria-describedby={`${id}-sources-help`}
          onChange={(e) => onChange({ ...value, sourcesText: e.target.value })}
        />
        <p id={`${id}-sources-help`} className="param-form__help">{t("paramHelp.sources")}</p>
      </div>
    </div>
  );
}
