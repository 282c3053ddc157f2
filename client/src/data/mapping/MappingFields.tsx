import { useTranslation } from "react-i18next";
import type { ImportInspection } from "../../../../contract/import-inspection.ts";
import type { ImportMapping } from "../../../../contract/import-mapping.ts";
import type { GraphModelDefinition, Language } from "../../../../contract/model.ts";
import { mappableProperties, withEdges, withNodes } from "./mappingEdits";
import { NameSourceField } from "./NameSourceField";
import { PropertySources } from "./PropertySources";

/** The mapping's fields, entities then relationships: where ids, kinds, types and properties come from. */
export function MappingFields(props: {
  mapping: ImportMapping;
  model: GraphModelDefinition;
  language: Language;
  attributes: { nodes: string[]; edges: string[] };
  values: ImportInspection["values"];
  hasEdges: boolean;
  onChange(mapping: ImportMapping): void;
}) {
  const { t } = useTranslation("data");
  const { mapping, model, language, attributes, values, hasEdges, onChange } = props;
  const nodes = mapping.nodes ?? {};
  const edges = mapping.edges ?? {};
  const kinds = model.kinds.map((kind) => ({ id: kind.id, name: kind.names[language] }));
  const types = model.relationshipTypes.map((type) => ({ id: type.id, name: type.names[language] }));

  return (
    <div className="mapping-fields" data-testid="mapping-fields">
      <fieldset className="mapping-fields__group" data-testid="mapping-nodes">
        <legend className="mapping-fields__legend">{t("mapping.nodes.heading")}</legend>
        <div className="mapping-field__pair">
          <label className="mapping-field__row">
            <span>{t("mapping.idFrom")}</span>
            <select className="param-form__input" value={nodes.id?.from ?? ""}
              onChange={(event) => onChange(withNodes(mapping, { id: idOf(event.target.value || undefined, nodes.id?.prefix) }))}>
              <option value="">{t("mapping.ownId")}</option>
              {attributes.nodes.map((attribute) => <option key={attribute} value={attribute}>{attribute}</option>)}
            </select>
          </label>
          <label className="mapping-field__row">
            <span>{t("mapping.prefix")}</span>
            <input className="param-form__input" value={nodes.id?.prefix ?? ""} maxLength={40} autoComplete="off"
              aria-describedby="mapping-prefix-help"
              onChange={(event) => onChange(withNodes(mapping, { id: idOf(nodes.id?.from, event.target.value || undefined) }))} />
          </label>
        </div>
        <p id="mapping-prefix-help" className="param-form__help">{t("mapping.prefixHelp")}</p>
        <NameSourceField element="nodes" source={nodes.kind} choices={kinds} columns={attributes.nodes} values={values.nodes}
          onChange={(kind) => onChange(withNodes(mapping, { kind }))} />
        <PropertySources element="nodes" properties={nodes.properties} specs={mappableProperties(model, "nodes")} attributes={attributes.nodes}
          language={language} onChange={(properties) => onChange(withNodes(mapping, { properties }))} />
        <label className="mapping-field__check">
          <input type="checkbox" checked={nodes.fromEdges === true} onChange={(event) => onChange(withNodes(mapping, { fromEdges: event.target.checked }))} />
          {t("mapping.fromEdges")}
        </label>
      </fieldset>

      {(hasEdges || nodes.fromEdges) && (
        <fieldset className="mapping-fields__group" data-testid="mapping-edges">
          <legend className="mapping-fields__legend">{t("mapping.edges.heading")}</legend>
          <NameSourceField element="edges" source={edges.type} choices={types} columns={attributes.edges} values={values.edges}
            onChange={(type) => onChange(withEdges(mapping, { type }))} />
          <label className="mapping-field__check">
            <input type="checkbox" checked={edges.undirected === true} onChange={(event) => onChange(withEdges(mapping, { undirected: event.target.checked }))} />
            {t("mapping.undirected")}
          </label>
          <PropertySources element="edges" properties={edges.properties} specs={mappableProperties(model, "edges")} attributes={attributes.edges}
            language={language} onChange={(properties) => onChange(withEdges(mapping, { properties }))} />
        </fieldset>
      )}
    </div>
  );
}

function idOf(from: string | undefined, prefix: string | undefined) {
  if (from === undefined && prefix === undefined) return undefined;
  return { ...(from !== undefined ? { from } : {}), ...(prefix !== undefined ? { prefix } : {}) };
}
