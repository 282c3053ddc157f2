import { useTranslation } from "react-i18next";
import { useEntityNames } from "../graph/entityNames";
import { useViewStore } from "../view/viewStore";
import type { WhatIfAnswer } from "../../../contract/what-if.ts";
import { WhatIfShiftChart } from "./WhatIfShiftChart";

/** What the removal would do: who is cut off, new single points of failure, redundancy lost, centrality shifts. */
export function WhatIfResults({ answer }: { answer: WhatIfAnswer }) {
  const { t } = useTranslation("panels");
  const { redundancy, centrality } = answer;
  return (
    <div className="whatif-results">
      <p className="query-results__summary">
        {t("whatIf.summary", {
          entities: t("whatIf.removedEntities", { count: answer.removed.nodes.length }),
          relationships: t("whatIf.removedRelationships", { count: answer.removed.edges.length }),
          count: answer.cutOff.length,
        })}
      </p>
      <WhatIfAssumptions answer={answer} />

      <section className="details-section" aria-labelledby="whatif-cutoff">
        <h3 id="whatif-cutoff" className="side-panel__subheading">
          {t("whatIf.cutOff")} <span className="details-count">{answer.cutOff.length}</span>
        </h3>
        {answer.separated.length === 0 ? (
          <p className="details-muted">{t("whatIf.noneCutOff")}</p>
        ) : (
          <CutOffPieces separated={answer.separated} />
        )}
      </section>

      <section className="details-section" aria-labelledby="whatif-spof">
        <h3 id="whatif-spof" className="side-panel__subheading">
          {t("whatIf.newSinglePoints")} <span className="details-count">{answer.newArticulationPoints.length}</span>
        </h3>
        {answer.newArticulationPoints.length === 0
          ? <p className="details-muted">{t("whatIf.noNewSinglePoints")}</p>
          : <EntityButtons ids={answer.newArticulationPoints} tone="spof" />}
      </section>

      <section className="details-section" aria-labelledby="whatif-redundancy">
        <h3 id="whatif-redundancy" className="side-panel__subheading">
          {t("whatIf.redundancyLost")} <span className="details-count">{redundancy.lost.length}</span>
        </h3>
        <RedundancyTable lost={redundancy.lost} />
        <p className="details-muted">
          {t("whatIf.pairsChecked", { count: redundancy.pairsChecked })}
          {redundancy.truncated && ` — ${t("whatIf.pairsTruncated")}`}
        </p>
      </section>

      <section className="details-section" aria-labelledby="whatif-centrality">
        <h3 id="whatif-centrality" className="side-panel__subheading">{t("whatIf.centrality")}</h3>
        {centrality.shifts.length === 0
          ? <p className="details-muted">{t("whatIf.noShifts")}</p>
          : <WhatIfShiftChart shifts={centrality.shifts} />}
        <p className="details-muted">
          {centrality.exact ? t("whatIf.exact") : t("whatIf.sampled", { count: centrality.sampleSize ?? 0 })}
        </p>
      </section>
    </div>
  );
}

/** Pieces that hold together are named one by one; entities left on their own share one list. */
function CutOffPieces({ separated }: { separated: WhatIfAnswer["separated"] }) {
  const { t } = useTranslation("panels");
  const groups = separated.filter((piece) => piece.members.length > 1);
  const alone = separated.filter((piece) => piece.members.length === 1).flatMap((piece) => piece.members);
  return (
    <ul className="list-reset">
      {groups.map((piece, i) => (
        <li key={piece.members.join("|")} className="whatif-pieces__piece">
          <span className="whatif-pieces__label">{t("whatIf.piece", { number: i + 1, count: piece.members.length })}</span>
          <EntityButtons ids={piece.members} tone="cutoff" />
        </li>
      ))}
      {alone.length > 0 && (
        <li className="whatif-pieces__piece">
          <span className="whatif-pieces__label">{t("whatIf.alone", { count: alone.length })}</span>
          <EntityButtons ids={alone} tone="cutoff" />
        </li>
      )}
    </ul>
  );
}

function EntityButtons({ ids, tone }: { ids: string[]; tone: "cutoff" | "spof" }) {
  const names = useEntityNames();
  const select = useViewStore((state) => state.select);
  const sorted = [...ids].sort((a, b) => names.nameOf(a).localeCompare(names.nameOf(b)));
  return (
    <ul className="whatif-entities">
      {sorted.map((id) => (
        <li key={id}>
          <button type="button" className={`button button--pill whatif-entity whatif-entity--${tone}`} onClick={() => select(id, { focus: true })}>
            {names.nameOf(id)}
          </button>
        </li>
      ))}
    </ul>
  );
}

const SHOWN_PAIRS = 8;

function RedundancyTable({ lost }: { lost: WhatIfAnswer["redundancy"]["lost"] }) {
  const { t } = useTranslation("panels");
  const names = useEntityNames();
  if (lost.length === 0) return <p className="details-muted">{t("whatIf.noRedundancyLost")}</p>;
  return (
    <>
      <div className="query-results__scroll">
        <table className="query-results__table whatif-redundancy">
          <thead>
            <tr>
              <th scope="col">{t("whatIf.pair")}</th>
              <th scope="col" className="whatif-redundancy__paths">{t("whatIf.paths")}</th>
            </tr>
          </thead>
          <tbody>
            {lost.slice(0, SHOWN_PAIRS).map((pair) => (
              <tr key={`${pair.from}|${pair.to}`}>
                <td>{names.nameOf(pair.from)} ↔ {names.nameOf(pair.to)}</td>
                <td className="whatif-redundancy__paths">
                  <span aria-label={t("whatIf.beforeAfter", { before: pair.before, after: pair.after })}>
                    {pair.before} → <strong className={pair.after === 0 ? "whatif-redundancy__none" : undefined}>{pair.after}</strong>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lost.length > SHOWN_PAIRS && <p className="details-muted">{t("whatIf.morePairs", { count: lost.length - SHOWN_PAIRS })}</p>}
    </>
  );
}

/** How many of the impacts rest on links below high confidence, and how many those links hide. */
function WhatIfAssumptions({ answer }: { answer: WhatIfAnswer }) {
  const { t } = useTranslation("panels");
  const { dependentFindings, hiddenFindings, compared, minConfidence } = answer.assumptions;
  if (minConfidence === "high") return <p className="details-muted">{t("whatIf.onlyStated")}</p>;
  if (!compared) return <p className="details-muted">{t("whatIf.notCompared")}</p>;
  if (dependentFindings === 0 && hiddenFindings === 0) return null;
  return (
    <p className="query-results__assumptions" role="note">
      {dependentFindings > 0 && t("whatIf.assumptionsDependent", { count: dependentFindings })}
      {dependentFindings > 0 && hiddenFindings > 0 && " "}
      {hiddenFindings > 0 && t("whatIf.assumptionsHidden", { count: hiddenFindings })}
    </p>
  );
}
