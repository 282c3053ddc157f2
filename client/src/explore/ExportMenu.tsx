import { useState } from "react";
import { useTranslation } from "react-i18next";
import { shownCanvas } from "./canvas/shownCanvas";
import { download, elementsToCsv } from "./elementsCsv";
import { useGraphStore } from "../graph/graphStore";
import type { GraphElements } from "../../../contract/elements.ts";

/**
 * Exports what the canvas shows: a PNG, and its visible elements as JSON (the API's own
 * shape, so it re-imports) or CSV; and copies the link that reproduces the view. The live
 * Cytoscape instance is the one the canvas records as shown (see `shownCanvas`).
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const elements = useGraphStore((state) => state.elements);

  const visibleElements = (): GraphElements => {
    const cy = shownCanvas();
    if (!cy) return elements;
    const visible = new Set(cy.elements(":visible").map((element) => element.id()));
    return {
      nodes: elements.nodes.filter((node) => visible.has(node.data.id)),
      edges: elements.edges.filter((edge) => visible.has(edge.data.id)),
    };
  };
  const exportPng = () => {
    const png = shownCanvas()?.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as Blob | undefined;
    if (png) download("cooperation-network.png", png);
  };
  const exportJson = () =>
    download("cooperation-network.json", new Blob([JSON.stringify(visibleElements(), null, 2)], { type: "application/json" }));
  const exportCsv = () =>
    download("cooperation-network.csv", new Blob([elementsToCsv(visibleElements())], { type: "text/csv;charset=utf-8" }));
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="button button--on-header">{t("export.label")}</summary>
      <div className="export-menu__items" role="group" aria-label={t("export.label")}>
        <button type="button" className="button button--menu" onClick={exportPng}>{t("export.png")}</button>
        <button type="button" className="button button--menu" onClick={exportJson}>{t("export.json")}</button>
        <button type="button" className="button button--menu" onClick={exportCsv}>{t("export.csv")}</button>
        <button type="button" className="button button--menu" onClick={() => void copyLink()}>{copied ? t("export.copied") : t("export.link")}</button>
      </div>
    </details>
  );
}
