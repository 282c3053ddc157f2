import { useTranslation } from "react-i18next";
import { useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import { useViewStore } from "../view/viewStore";

/** Loading, error (the API's problem, with a retry), empty, truncated, or the counts: never blank. */
export function StatusLine() {
  const { t } = useTranslation();
  const status = useGraphStore((state) => state.status);
  const elements = useGraphStore((state) => state.elements);
  const total = useGraphStore((state) => state.total);
  const truncated = useGraphStore((state) => state.truncated);
  const load = useGraphStore((state) => state.load);
  const asOf = useViewStore((state) => state.asOf);
  const start = useViewStore((state) => state.start);

  if (status.type === "error") {
    const { title, detail } = status.problem;
    return (
      <p className="status status--error" data-testid="status" data-status="error" role="alert">
        <strong className="status__title">{title}</strong>
        {detail && <> <span className="status__detail">{detail}</span></>}{" "}
        <button type="button" className="status__retry" onClick={() => void load({ language: currentLanguage(), asOf, start })}>
          {t("status.retry")}
        </button>
      </p>
    );
  }
  let text: string;
  if (status.type === "loading") text = t("status.loading");
  else if (elements.nodes.length === 0) text = asOf ? t("status.empty") : t("status.emptyGraph");
  else if (truncated) text = t("status.truncated", { shown: elements.nodes.length.toLocaleString(), total: total.toLocaleString() });
  else text = t("status.counts", { nodes: elements.nodes.length, edges: elements.edges.length });
  return (
    <p className="status" data-testid="status" data-status={status.type} role="status" aria-live="polite">
      {text}
      {start && status.type !== "loading" && (
        <>
          {" "}
          <button type="button" className="status__retry" onClick={() => useViewStore.getState().set({ start: null })}>
            {t("status.wholeNetwork")}
          </button>
        </>
      )}
    </p>
  );
}
