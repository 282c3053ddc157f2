import { useTranslation } from "react-i18next";
import { useModelNames } from "../graph/modelNames";
import type { PathsAnswer } from "./pathsSchema";

/**
 * The paths found, one button each to show it on the canvas, and what the search left out:
 * a hop limit it stopped at before a path that exists, or paths past the list's limit.
 * "No path" is said only when the two are not connected at all.
 */
export function PathList({ answer, onShow }: { answer: PathsAnswer; onShow(paths: PathsAnswer["paths"]): void }) {
  const { t } = useTranslation("panels");
  const { typeName } = useModelNames();
  const nameOf = new Map(answer.nodes.map((node) => [node.data.id, node.data.name]));
  const edgeOf = new Map(answer.edges.map((edge) => [edge.data.id, edge.data]));
  if (answer.paths.length === 0) {
    const limit = answer.hopLimit;
    if (limit?.reached) {
      return (
        <p className="path-finder__limit" role="note">
          {t("paths.beyondHopLimit", { count: limit.maxHops })}{" "}
          {limit.shortestHops !== null && t("paths.shortestBeyond", { count: limit.shortestHops })}
        </p>
      );
    }
    return <p className="details-muted">{t("paths.none")}</p>;
  }
  return (
    <>
      <p className="path-finder__count">
        {t("paths.found", { count: answer.paths.length })}
        {answer.paths.length > 1 && (
          <button type="button" className="button button--link" onClick={() => onShow(answer.paths)}>{t("paths.showAll")}</button>
        )}
      </p>
      {answer.truncated && <p className="path-finder__limit" role="note">{t("paths.truncated", { count: answer.paths.length })}</p>}
      <ol className="path-finder__list">
        {answer.paths.map((path, i) => (
          <li key={path.edges.join("|") || i}>
            <button type="button" className="button button--card path-finder__path" onClick={() => onShow([path])} title={t("paths.showOne")}>
              <span className="path-finder__hops">{t("paths.hops", { count: path.edges.length })}</span>
              <span className="path-finder__steps">
                {path.nodes.map((node, step) => {
                  const edge = edgeOf.get(path.edges[step] ?? "");
                  // Paths run either way along relationships: the arrow shows which way this one points.
                  const forward = edge?.source === node;
                  return (
                    <span key={`${node}-${step}`}>
                      <span className="path-finder__node">{nameOf.get(node) ?? node}</span>
                      {edge && (
                        <span className="path-finder__edge">
                          {forward ? ` —${typeName(edge.type) ?? edge.type}→ ` : ` ←${typeName(edge.type) ?? edge.type}— `}
                        </span>
                      )}
                    </span>
                  );
                })}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
