import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { acronymsOf, namesOf, otherProperties } from "./describeElement";
import { shownNameLanguage } from "../i18n/textLanguage";
import { InOriginalLanguage } from "../i18n/InOriginalLanguage";
import { useModelNames } from "../graph/modelNames";
import type { NodeDetails } from "../../../contract/explore.ts";
import { specsFor, useModelProperties } from "./propertySpecs";
import type { GraphElements } from "../../../contract/elements.ts";
import { useNeighbours, useNodeDetails } from "./detailsApi";
import { useViewStore } from "../view/viewStore";
import { AcronymsSection, NamesSection, PropertiesSection, ProvenanceSection } from "./DetailsSections";
import { PathFinder } from "../explore/PathFinder";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";

/** One entity: kind, names, properties, provenance, relationship counts, neighbours, and paths from it. */
export function DetailsNode({ id }: { id: string }) {
  const { t } = useTranslation("panels");
  const { language } = useModelNames();
  const asOf = useViewStore((state) => state.asOf);
  const details = useNodeDetails(id, language);
  const neighbourhood = useNeighbours(id, language, asOf);

  if (details.type === "loading" || details.type === "idle") return <BusyLine text={t("details.loading")} />;
  if (details.type === "error") {
    return details.problem.status === 404
      ? <p className="side-panel__hint" role="alert">{t("details.notFound", { id })}</p>
      : <ProblemNotice problem={details.problem} />;
  }

  const { data } = details.data;
  return (
    <article className="details-node" data-entity={id}>
      <NodeHeading data={data} />
      <NamesSection names={namesOf(data)} />
      <AcronymsSection acronyms={acronymsOf(data)} />
      <NodeProperties details={details.data} />
      <ProvenanceSection provenance={details.data.provenance} />
      <RelationshipCounts relationships={details.data.relationships} />
      <section className="details-section" aria-labelledby="details-neighbours">
        <h3 id="details-neighbours" className="side-panel__subheading">{t("details.neighbours")}</h3>
        {neighbourhood.type === "loading" && <BusyLine text={t("details.loadingNeighbours")} />}
        {neighbourhood.type === "error" && <ProblemNotice problem={neighbourhood.problem} />}
        {neighbourhood.type === "loaded" && <Neighbours id={id} elements={neighbourhood.data} truncated={neighbourhood.data.truncated} />}
      </section>
      <PathFinder from={id} fromName={data.name ?? id} />
    </article>
  );
}

function NodeHeading({ data }: { data: NodeDetails["data"] }) {
  const { kind, kindName, language } = useModelNames();
  const colour = kind(data.kind)?.color;
  const nameLanguage = shownNameLanguage(data, language);
  return (
    <header className="details-heading">
      <p className="details-heading__kind">
        {colour && <span className="details-swatch" style={{ background: colour }} aria-hidden="true" />}
        {kindName(data.kind) ?? data.kind}
      </p>
      <h3 className="details-heading__name">
        {nameLanguage ? <InOriginalLanguage language={nameLanguage}>{data.name}</InOriginalLanguage> : data.name ?? data.id}
      </h3>
      <p className="details-heading__id"><code>{data.id}</code></p>
    </header>
  );
}

function NodeProperties({ details }: { details: NodeDetails }) {
  const { model, settled } = useModelProperties();
  const { language } = useModelNames();
  const properties = useMemo(
    () => otherProperties(details.data, model ? specsFor(model, { kind: details.data.kind }) : new Map(), language),
    [details.data, model, language],
  );
  return settled ? <PropertiesSection properties={properties} /> : null;
}

function RelationshipCounts({ relationships }: { relationships: NodeDetails["relationships"] }) {
  const { t } = useTranslation("panels");
  const { type, typeName } = useModelNames();
  const total = relationships.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="details-section" aria-labelledby="details-relationships">
      <h3 id="details-relationships" className="side-panel__subheading">
        {t("details.relationships")} <span className="details-count">{total}</span>
      </h3>
      {relationships.length === 0 ? (
        <p className="details-muted">{t("details.noRelationships")}</p>
      ) : (
        <ul className="list-reset">
          {relationships.map(({ type: id, direction, count }) => (
            <li key={`${id}-${direction}`} className="details-relationships__item">
              <span className="details-relationships__direction" title={t(`details.${direction}`)} aria-label={t(`details.${direction}`)}>
                {direction === "out" ? "→" : "←"}
              </span>
              <span className="details-swatch details-swatch--line" style={{ background: type(id)?.color }} aria-hidden="true" />
              <span className="details-relationships__type">{typeName(id) ?? id}</span>
              <span className="details-count">{count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Neighbours listed before "show all": enough to see the kind of entity, short enough to reach the path finder. */
const FIRST_NEIGHBOURS = 8;

function Neighbours({ id, elements, truncated }: { id: string; elements: GraphElements; truncated: boolean }) {
  const { t } = useTranslation("panels");
  const { kind, kindName, typeName, language } = useModelNames();
  const select = useViewStore((state) => state.select);
  const [showAll, setShowAll] = useState(false);
  const neighbours = useMemo(() => {
    const via = new Map<string, Set<string>>();
    for (const { data } of elements.edges) {
      const other = data.source === id ? data.target : data.target === id ? data.source : null;
      if (other) via.set(other, (via.get(other) ?? new Set()).add(data.type));
    }
    return elements.nodes
      .filter((node) => via.has(node.data.id))
      .map((node) => ({ ...node.data, types: [...(via.get(node.data.id) ?? [])] }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [elements, id]);

  if (neighbours.length === 0) return <p className="details-muted">{t("details.noNeighbours")}</p>;
  const shown = showAll ? neighbours : neighbours.slice(0, FIRST_NEIGHBOURS);
  return (
    <>
      <ul className="list-reset">
        {shown.map((neighbour) => (
          <li key={neighbour.id}>
            <button type="button" className="button button--card details-neighbour" onClick={() => select(neighbour.id, { focus: true })}>
              <span className="details-swatch" style={{ background: kind(neighbour.kind)?.color }} aria-hidden="true" />
              <span className="details-neighbour__name">
                <InOriginalLanguage language={shownNameLanguage(neighbour, language) ?? language}>{neighbour.name}</InOriginalLanguage>
              </span>
              <span className="details-neighbour__via">
                {kindName(neighbour.kind) ?? neighbour.kind} · {neighbour.types.map((type) => typeName(type) ?? type).join(", ")}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {neighbours.length > shown.length && (
        <button type="button" className="button button--link" onClick={() => setShowAll(true)}>
          {t("details.showAllNeighbours", { count: neighbours.length })}
        </button>
      )}
      {truncated && <p className="details-muted">{t("details.neighboursTruncated")}</p>}
    </>
  );
}
