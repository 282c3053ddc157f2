import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useGraphStore } from "./core/graph/graphStore";
import { currentLanguage } from "./core/i18n/i18n";
import { useUrlSync } from "./core/view/useUrlSync";
import { useViewStore } from "./core/view/viewStore";
import { DataPage } from "./views/data/DataPage";
import { PageTabs } from "./views/data/PageTabs";
import { DetailsPanel } from "./views/DetailsPanel";
import { ExportMenu } from "./views/ExportMenu";
import { FilterPanel } from "./views/FilterPanel";
import { GraphCanvas } from "./views/GraphCanvas";
import { GraphTable } from "./views/GraphTable";
import { LanguageSwitch } from "./views/LanguageSwitch";
import { Legend } from "./views/Legend";
import { QueriesPanel } from "./views/QueriesPanel";
import { SearchBox } from "./views/SearchBox";
import { SidePanelTabs } from "./views/SidePanelTabs";
import { StatusLine } from "./views/StatusLine";
import { WhatIfPanel } from "./views/WhatIfPanel";

/**
 * The dashboard's frame. Header: title, page switch, search, language, export. Left:
 * filters and legend. Centre: the canvas or its table. Right: details, queries, what-if.
 * The data page (upload, history, data quality) takes the place of all three.
 */
export function App() {
  const { t, i18n } = useTranslation();
  const asOf = useViewStore((state) => state.asOf);
  const start = useViewStore((state) => state.start);
  const view = useViewStore((state) => state.view);
  const panel = useViewStore((state) => state.panel);
  const page = useViewStore((state) => state.page);
  const load = useGraphStore((state) => state.load);
  const model = useGraphStore((state) => state.model);
  useUrlSync();

  useEffect(() => {
    void load({ language: currentLanguage(), asOf, start });
  }, [load, asOf, start, i18n.language]);

  useEffect(() => {
    document.title = page === "data" ? `${t("data:page.title")} — ${t("title")}` : t("title");
  }, [t, i18n.language, page]);

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">{t("title")}</h1>
        <PageTabs />
        {page === "explore" && <SearchBox />}
        {page === "explore" && <StatusLine />}
        <div className="app__header-tools">
          {page === "explore" && <ExportMenu />}
          <LanguageSwitch />
        </div>
      </header>
      {page === "data" ? <DataPage /> : (
      <main className="app__main">
        <aside className="app__left" aria-label={t("explore:filters.label", { defaultValue: "Filters" })}>
          <FilterPanel />
          {model && <Legend />}
        </aside>
        <section className="app__centre">{view === "table" ? <GraphTable /> : <GraphCanvas />}</section>
        <aside className="app__right">
          <SidePanelTabs />
          {panel === "details" && <DetailsPanel />}
          {panel === "queries" && <QueriesPanel />}
          {panel === "whatIf" && <WhatIfPanel />}
        </aside>
      </main>
      )}
    </div>
  );
}
