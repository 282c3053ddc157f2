import { useTranslation } from "react-i18next";
import { useEntityNames } from "../graph/entityNames";
import { useLanguage } from "../i18n/useLanguage";
import { shiftChart, shiftChartDefaults } from "./shiftChart";
import type { CentralityShift } from "../../../contract/what-if.ts";

const BEFORE = "#9aa5b1";
const AFTER_UP = "#0072B2";
const AFTER_DOWN = "#D55E00";

/** Betweenness before and after, per entity, as paired bars: where traffic re-routes, at a glance. */
export function WhatIfShiftChart({ shifts }: { shifts: CentralityShift[] }) {
  const { t } = useTranslation("panels");
  const language = useLanguage();
  const names = useEntityNames();
  const chart = shiftChart(shifts);
  const { barHeight, barGap, labelHeight } = shiftChartDefaults;
  const score = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  const truncate = (text: string) => (text.length > 52 ? `${text.slice(0, 51)}…` : text);

  return (
    <figure className="whatif-chart">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        role="img"
        aria-label={t("whatIf.chartLabel")}
        className="whatif-chart__svg"
      >
        {chart.rows.map((row) => {
          const name = names.nameOf(row.node);
          const up = row.after.value >= row.before.value;
          const afterY = row.barsY + barHeight + barGap;
          return (
            <g key={row.node}>
              <title>{t("whatIf.shiftTitle", { name, before: score(row.before.value), after: score(row.after.value) })}</title>
              <text x={0} y={row.y + labelHeight - 3} className="whatif-chart__label">{truncate(name)}</text>
              <rect x={0} y={row.barsY} width={Math.max(row.before.width, 1)} height={barHeight} fill={BEFORE} rx={1} />
              <rect x={0} y={afterY} width={Math.max(row.after.width, 1)} height={barHeight} fill={up ? AFTER_UP : AFTER_DOWN} rx={1} />
              <text x={Math.max(row.before.width, row.after.width) + 4} y={afterY + 2} className="whatif-chart__value">
                {score(row.before.value)} → {score(row.after.value)} {up ? "▲" : "▼"}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="whatif-chart__legend">
        <span><span className="details-swatch" style={{ background: BEFORE }} aria-hidden="true" />{t("whatIf.before")}</span>
        <span><span className="details-swatch" style={{ background: AFTER_UP }} aria-hidden="true" />{t("whatIf.afterUp")}</span>
        <span><span className="details-swatch" style={{ background: AFTER_DOWN }} aria-hidden="true" />{t("whatIf.afterDown")}</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>{t("whatIf.centrality")}</caption>
        <thead>
          <tr><th scope="col">{t("whatIf.entity")}</th><th scope="col">{t("whatIf.before")}</th><th scope="col">{t("whatIf.after")}</th></tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.node}><td>{names.nameOf(row.node)}</td><td>{score(row.before.value)}</td><td>{score(row.after.value)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
