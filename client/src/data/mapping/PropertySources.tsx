import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PropertySource } from "../../../../contract/import-mapping.ts";
import type { Language, PropertySpec } from "../../../../contract/model.ts";
import { propertyChoiceOf, propertySourceOf, withProperty } from "./mappingEdits";

/**
 * Each model property's source: the attribute of the same name (the default), the
 * element's own id, another attribute, or a constant. The names come first, then every
 * property the mapping sets, then any the user adds.
 */
export function PropertySources(props: {
  element: "nodes" | "edges";
  properties: Record<string, PropertySource> | undefined;
  specs: PropertySpec[];
  attributes: string[];
  language: Language;
  onChange(properties: Record<string, PropertySource> | undefined): void;
}) {
  const { t } = useTranslation("data");
  const { element, properties, specs, attributes, language, onChange } = props;
  const [added, setAdded] = useState<string[]>([]);
  const first = element === "nodes" ? [`name${language === "fr" ? "Fr" : language === "nl" ? "Nl" : "En"}`, "nameFr", "nameNl", "nameEn"] : [];
  const shown = [...new Set([...first, ...Object.keys(properties ?? {}), ...added])]
    .map((name) => specs.find((spec) => spec.name === name))
    .filter((spec): spec is PropertySpec => spec !== undefined);
  const addable = specs.filter((spec) => !shown.includes(spec));

  const caption = t(`mapping.${element}.properties`);
  return (
    <div className="mapping-properties">
      {shown.length === 0 && <p className="mapping-properties__caption">{caption}</p>}
      {shown.length > 0 && (
        <table className="data-table mapping-properties__table" data-testid={`mapping-${element}-properties`}>
          <caption className="mapping-properties__caption">{caption}</caption>
          <thead>
            <tr><th scope="col">{t("mapping.property")}</th><th scope="col">{t("mapping.source")}</th></tr>
          </thead>
          <tbody>
            {shown.map((spec) => (
              <PropertyRow key={spec.name} spec={spec} name={spec.names[language]} source={properties?.[spec.name]} attributes={attributes}
                onChange={(source) => onChange(withProperty(properties, spec.name, source))} />
            ))}
          </tbody>
        </table>
      )}
      {addable.length > 0 && (
        <label className="mapping-field__row">
          <span>{t("mapping.addProperty")}</span>
          <select className="param-form__input" value="" onChange={(event) => event.target.value && setAdded([...added, event.target.value])}>
            <option value="">{t("mapping.choose")}</option>
            {addable.map((spec) => <option key={spec.name} value={spec.name}>{spec.names[language]}</option>)}
          </select>
        </label>
      )}
    </div>
  );
}

function PropertyRow(props: {
  spec: PropertySpec; name: string; source: PropertySource | undefined; attributes: string[]; onChange(source: PropertySource | undefined): void;
}) {
  const { t } = useTranslation("data");
  const { spec, name, source, attributes, onChange } = props;
  const choice = propertyChoiceOf(source);
  const constant = typeof source === "object" ? String(source.value) : "";
  return (
    <tr data-property={spec.name}>
      <th scope="row">{name} <code className="mapping-properties__code">{spec.name}</code></th>
      <td>
        <div className="mapping-properties__source">
          <select className="param-form__input" aria-label={t("mapping.sourceOf", { property: name })} value={choice}
            onChange={(event) => onChange(propertySourceOf(event.target.value, constant))}>
            <option value="">{t("mapping.sameName", { name: spec.name })}</option>
            <option value="@id">{t("mapping.ownId")}</option>
            {attributes.map((attribute) => <option key={attribute} value={`attribute:${attribute}`}>{attribute}</option>)}
            <option value="constant">{t("mapping.constant")}</option>
          </select>
          {choice === "constant" && (
            <input className="param-form__input" aria-label={t("mapping.constantOf", { property: name })} value={constant} maxLength={2000}
              onChange={(event) => onChange({ value: event.target.value })} />
          )}
        </div>
      </td>
    </tr>
  );
}
