import { useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { nextSortOrder, sortRows, type SortOrder } from "./sortRows";
import { edgeRows, nodeRows, type EdgeColumn, type NodeColumn } from "./tableRows";
import { visibleElements } from "./visibleElements";
import { useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import { useValueName } from "../i18n/valueNames";
import { InOriginalLanguage } from "../i18n/InOriginalLanguage";
import { useViewStore } from "../view/viewStore";

/** Past this many rows a table shows the first ones only: a DOM row per element does not scale like a canvas. */
export const MAX_TABLE_ROWS = 1000;

const NODE_COLUMNS: NodeColumn[] = ["name", "kind", "scope", "degree"];
const EDGE_COLUMNS: EdgeColumn[] = ["type", "from", "to"];

/**
 * The canvas as two tables (the entities shown, the relationships shown), for reading
 * and for screen readers. Columns sort from their header; a row's click selects it.
 */
export function GraphTable() {
  const { t } = useTranslation("explore");
  const model = useGraphStore((state) => state.model);
  const elements = useGraphStore((state) => state.elements);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const hiddenTypes = useViewStore((state) => state.hiddenTypes);
  const scope = useViewStore((state) => state.scope);
  const hiddenNodes = useViewStore((state) => state.hiddenNodes);
  const language = currentLanguage();
  const valueName = useValueName();

  const shown = useMemo(
    () => visibleElements(elements, { hiddenKinds, hiddenTypes, scope, hiddenNodes }),
    [elements, hiddenKinds, hiddenTypes, scope, hiddenNodes],
  );
  const nodes = useMemo(
    () => (model ? nodeRows(shown, { model, language, scopeName: (value) => valueName("scope", value) }) : []),
    [shown, model, language, valueName],
  );
  const edges = useMemo(() => (model ? edgeRows(shown, { model, language }) : []), [shown, model, language]);

  return (
    <div className="graph-table" data-testid="graph-table" aria-label={t("table.label")} role="region">
      <SortableTable
        caption={t("table.nodes", { count: nodes.length })}
        columns={NODE_COLUMNS}
        rows={nodes}
        initialOrder={{ key: "name", direction: "ascending" }}
        empty={t("table.emptyNodes")}
        numeric={["degree"]}
        cell={(row, column) => (column === "name" ? <InOriginalLanguage language={row.nameLanguage}>{row.name}</InOriginalLanguage> : row[column])}
      />
      <SortableTable
        caption={t("table.edges", { count: edges.length })}
        columns={EDGE_COLUMNS}
        rows={edges}
        initialOrder={{ key: "type", direction: "ascending" }}
        empty={t("table.emptyEdges")}
        numeric={[]}
      />
    </div>
  );
}

interface SortableTableProps<K extends string, R extends { id: string } & Record<K, string | number>> {
  caption: string;
  columns: K[];
  rows: R[];
  initialOrder: SortOrder<K>;
  empty: string;
  numeric: K[];
  /** How a cell shows its value, when not as plain text. */
  cell?: (row: R, column: K) => ReactNode;
}

function SortableTable<K extends string, R extends { id: string } & Record<K, string | number>>({
  caption,
  columns,
  rows,
  initialOrder,
  empty,
  numeric,
  cell = (row, column) => row[column],
}: SortableTableProps<K, R>) {
  const { t } = useTranslation("explore");
  const [order, setOrder] = useState(initialOrder);
  const selection = useViewStore((state) => state.selection);
  const select = useViewStore((state) => state.select);
  const sorted = useMemo(() => sortRows(rows, order), [rows, order]);
  const shown = sorted.length > MAX_TABLE_ROWS ? sorted.slice(0, MAX_TABLE_ROWS) : sorted;

  return (
    <table className="graph-table__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const label = t(`table.${column}`);
            const sortedHere = order.key === column;
            return (
              <th key={column} scope="col" aria-sort={sortedHere ? order.direction : undefined} className={numeric.includes(column) ? "graph-table__numeric" : undefined}>
                <button type="button" className="button button--bare graph-table__sort" onClick={() => setOrder((current) => nextSortOrder(current, column))} title={t("table.sortBy", { column: label })}>
                  {label}
                  <span className="graph-table__arrow" aria-hidden="true">
                    {sortedHere ? (order.direction === "ascending" ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {shown.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="graph-table__empty">
              {empty}
            </td>
          </tr>
        )}
        {shown.map((row) => (
          <tr
            key={row.id}
            className={row.id === selection ? "graph-table__row graph-table__row--selected" : "graph-table__row"}
            aria-current={row.id === selection ? "true" : undefined}
            onClick={() => select(row.id)}
          >
            {columns.map((column, index) => (
              <td key={column} className={numeric.includes(column) ? "graph-table__numeric" : undefined}>
                {index === 0 ? (
                  <button type="button" className="button button--bare graph-table__select" onClick={(event) => {
                    event.stopPropagation();
                    select(row.id);
                  }}>
                    {cell(row, column)}
                  </button>
                ) : (
                  cell(row, column)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {sorted.length > shown.length && (
        <tfoot>
          <tr>
            <td colSpan={columns.length}>{t("table.capped", { shown: shown.length, total: sorted.length })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
