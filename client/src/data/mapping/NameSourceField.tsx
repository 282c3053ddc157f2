import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { NameSource } from "../../../../contract/import-mapping.ts";
import { nameChoiceOf, nameSourceOf, type NameChoice } from "./mappingEdits";

export interface ModelChoice {
  id: string;
  name: string;
}

/**
 * Where a kind (or a relationship type) comes from: as the file says it, one constant for
 * every element, or a column of the file with one select per value it holds (values the
 * table leaves open take the default, or are refused by the import).
 */
export function NameSourceField(props: {
  element: "nodes" | "edges";
  source: NameSource | undefined;
  choices: ModelChoice[];
  columns: string[];
  /** Every different value of each column that has few of them. */
  values: Record<string, string[]>;
  onChange(source: NameSource | undefined): void;
}) {
  const { t } = useTranslation("data");
  const id = useId();
  const { element, source, choices, columns, values, onChange } = props;
  const choice = nameChoiceOf(source);
  const label = t(`mapping.${element}.nameSource`);
  const set = (next: NameChoice) => onChange(nameSourceOf(next));
  const options = (
    <>
      <option value="">{t("mapping.choose")}</option>
      {choices.map((model) => <option key={model.id} value={model.id}>{model.name}</option>)}
    </>
  );
  const mode = (type: NameChoice["type"]) => {
    if (type === "file") set({ type: "file" });
    else if (type === "constant") set({ type: "constant", value: choice.type === "constant" ? choice.value : (choices[0]?.id ?? "") });
    else if (columns.length > 0) set({ type: "column", from: columns[0]!, values: {} });
  };

  return (
    <fieldset className="mapping-field" data-testid={`mapping-${element}-source`}>
      <legend className="param-form__label">{label}</legend>
      <div className="mapping-field__modes">
        {(["file", "constant", "column"] as const).map((type) => (
          <label key={type} className="mapping-field__mode">
            <input type="radio" name={`${id}-mode`} value={type} checked={choice.type === type} disabled={type === "column" && columns.length === 0}
              onChange={() => mode(type)} />
            {t(`mapping.${element}.${type}`)}
          </label>
        ))}
      </div>
      {choice.type === "constant" && (
        <select className="param-form__input" aria-label={t(`mapping.${element}.constantLabel`)} value={choice.value}
          onChange={(event) => set({ type: "constant", value: event.target.value })}>
          {options}
        </select>
      )}
      {choice.type === "column" && (
        <>
          <label className="mapping-field__row">
            <span>{t("mapping.column")}</span>
            <select className="param-form__input" value={choice.from} onChange={(event) => set({ type: "column", from: event.target.value, values: {} })}>
              {columns.map((column) => <option key={column} value={column}>{column}</option>)}
            </select>
          </label>
          {values[choice.from] ? (
            <table className="data-table mapping-field__table">
              <caption className="visually-hidden">{t(`mapping.${element}.table`, { column: choice.from })}</caption>
              <thead>
                <tr><th scope="col">{t("mapping.fileValue")}</th><th scope="col">{t(`mapping.${element}.modelName`)}</th></tr>
              </thead>
              <tbody>
                {values[choice.from]!.map((value) => (
                  <tr key={value}>
                    <th scope="row"><code>{value}</code></th>
                    <td>
                      <select className="param-form__input" aria-label={t("mapping.valueFor", { value, column: choice.from })}
                        value={choice.values[value] ?? ""} data-value={value}
                        onChange={(event) => set({ ...choice, values: { ...choice.values, [value]: event.target.value } })}>
                        {options}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="param-form__help">{t("mapping.manyValues", { column: choice.from })}</p>
          )}
          <label className="mapping-field__row">
            <span>{t("mapping.otherValues")}</span>
            <select className="param-form__input" value={choice.default ?? ""} onChange={(event) => set({ ...choice, default: event.target.value || undefined })}>
              <option value="">{t("mapping.refuseOthers")}</option>
              {choices.map((model) => <option key={model.id} value={model.id}>{model.name}</option>)}
            </select>
          </label>
        </>
      )}
      {choice.type === "file" && <p className="param-form__help">{t(`mapping.${element}.fileHelp`)}</p>}
    </fieldset>
  );
}
