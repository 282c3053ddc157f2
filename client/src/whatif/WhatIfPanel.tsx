import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useEntityNames } from "../graph/entityNames";
import { useModelNames } from "../graph/modelNames";
import { useGraphStore } from "../graph/graphStore";
import { useViewStore } from "../view/viewStore";
import { isMarked, mark, markCount, NO_MARKS, unmark, type Marks } from "./marks";
import { useWhatIfAnalysis } from "./useWhatIfAnalysis";
import { BusyLine, ProblemNotice } from "../ui/StatusNotices";
import { WhatIfResults } from "./WhatIfResults";
import { FULL_SCOPE_INPUT, ScopeFields, type ScopeInput } from "./ScopeFields";

/**
 * What-if mode: mark entities and relationships as removed, analyse what their loss would
 * do, and see it on the canvas. The marks live in the view, so a shared link analyses again.
 */
export function WhatIfPanel() {
  const { t } = useTranslation("panels");
  const whatIf = useViewStore((state) => state.whatIf);
  const asOf = useViewStore((state) => state.asOf);
  const setView = useViewStore((state) => state.set);
  const setEmphasis = useViewStore((state) => state.setEmphasis);
  const { analysis, analyse, reset } = useWhatIfAnalysis();
  const [scope, setScope] = useState<ScopeInput>(FULL_SCOPE_INPUT);

  // Marks in the view when the panel opens (a shared link, or back from another tab) are analysed again.
  useEffect(() => {
    const { whatIf: marks, asOf: day } = useViewStore.getState();
    if (marks && markCount(marks) > 0) void analyse(marks, day);
  }, [analyse]);

  const clearEmphasis = () => {
    if (useViewStore.getState().emphasis?.source === "whatIf") setEmphasis(null);
  };

  const toggle = (on: boolean) => {
    setView({ whatIf: on ? NO_MARKS : null });
    if (!on) {
      reset();
      clearEmphasis();
    }
  };

  const resetAll = () => {
    setView({ whatIf: NO_MARKS });
    reset();
    setEmphasis(null);
  };

  const stale = analysis.type === "done" && whatIf !== null && !sameMarks(analysis.marks, whatIf);

  return (
    <section className="side-panel whatif-panel" aria-labelledby="whatif-panel-heading">
      <h2 id="whatif-panel-heading" className="side-panel__heading">{t("whatIf.heading")}</h2>
      <label className="whatif-toggle">
        <input type="checkbox" role="switch" checked={whatIf !== null} onChange={(e) => toggle(e.target.checked)} />
        <span className="whatif-toggle__track" aria-hidden="true" />
        {t("whatIf.mode")}
      </label>
      {whatIf === null ? (
        <p className="side-panel__hint">{t("whatIf.offHint")}</p>
      ) : (
        <>
          <p className="side-panel__hint">{t("whatIf.onHint")}</p>
          <MarkSelection marks={whatIf} onMark={(marks) => setView({ whatIf: marks })} />
          <MarkList marks={whatIf} onUnmark={(id) => setView({ whatIf: unmark(whatIf, id) })} />
          <ScopeFields value={scope} onChange={setScope} />
          <div className="param-form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={markCount(whatIf) === 0 || analysis.type === "analysing"}
              onClick={() => void analyse(whatIf, asOf, scope)}
            >
              {t("whatIf.analyse")}
            </button>
            <button type="button" className="button" onClick={resetAll}>{t("whatIf.reset")}</button>
          </div>
          <div aria-live="polite">
            {analysis.type === "analysing" && <BusyLine text={t("whatIf.analysing")} />}
            {analysis.type === "error" && <ProblemNotice problem={analysis.problem} />}
            {stale && <p className="whatif-stale">{t("whatIf.stale")}</p>}
            {analysis.type === "done" && <WhatIfResults answer={analysis.answer} />}
          </div>
        </>
      )}
    </section>
  );
}

function sameMarks(a: Marks, b: Marks): boolean {
  const key = (m: Marks) => JSON.stringify([[...m.nodes].sort(), [...m.edges].sort()]);
  return key(a) === key(b);
}

/** "Mark selection as removed": the selected node or relationship joins the marks. */
function MarkSelection({ marks, onMark }: { marks: Marks; onMark(marks: Marks): void }) {
  const { t } = useTranslation("panels");
  const selection = useViewStore((state) => state.selection);
  const isEdge = useGraphStore((state) => (selection ? state.elements.edges.some((e) => e.data.id === selection) : false));
  const names = useEntityNames();
  const label = selection ? elementLabel(selection, names) : null;
  const already = selection !== null && isMarked(marks, selection);
  return (
    <div className="whatif-mark">
      <button
        type="button"
        className="button"
        disabled={selection === null || already}
        onClick={() => selection && onMark(mark(marks, selection, isEdge ? "edge" : "node"))}
      >
        {t("whatIf.markSelection")}
      </button>
      <p className="details-muted">
        {selection === null ? t("whatIf.nothingSelected") : already ? t("whatIf.alreadyMarked", { name: label }) : t("whatIf.selected", { name: label })}
      </p>
    </div>
  );
}

function MarkList({ marks, onUnmark }: { marks: Marks; onUnmark(id: string): void }) {
  const { t } = useTranslation("panels");
  const names = useEntityNames();
  const { typeName } = useModelNames();
  const select = useViewStore((state) => state.select);
  const items = [
    ...marks.nodes.map((id) => ({ id, what: t("whatIf.entity"), label: names.nameOf(id) })),
    ...marks.edges.map((id) => {
      const edge = names.edgeOf(id);
      return { id, what: edge ? typeName(edge.data.type) ?? edge.data.type : t("whatIf.relationship"), label: elementLabel(id, names) };
    }),
  ];
  return (
    <section className="details-section" aria-labelledby="whatif-marks">
      <h3 id="whatif-marks" className="side-panel__subheading">
        {t("whatIf.marked")} <span className="details-count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="details-muted">{t("whatIf.noMarks")}</p>
      ) : (
        <ul className="list-reset">
          {items.map((item) => (
            <li key={item.id} className="whatif-marks__item">
              <button type="button" className="button button--link whatif-marks__name" onClick={() => select(item.id, { focus: true })}>
                {item.label}
              </button>
              <span className="details-muted whatif-marks__what">{item.what}</span>
              <button
                type="button"
                className="button button--icon"
                aria-label={t("whatIf.unmark", { name: item.label })}
                title={t("whatIf.unmark", { name: item.label })}
                onClick={() => onUnmark(item.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function elementLabel(id: string, names: ReturnType<typeof useEntityNames>): string {
  const edge = names.edgeOf(id);
  return edge ? `${names.nameOf(edge.data.source)} → ${names.nameOf(edge.data.target)}` : names.nameOf(id);
}
