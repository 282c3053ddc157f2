import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useGraphStore } from "./core/graph/graphStore";
import { can, canOpenPage } from "./core/session/abilities";
import { useSignedInUser } from "./core/session/sessionStore";
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
import { AuditPage } from "./views/admin/AuditPage";
import { UsersPage } from "./views/admin/UsersPage";
import { AccountPage } from "./views/session/AccountPage";
import { MarkingBanner } from "./views/session/MarkingBanner";
import { NoAccess } from "./views/session/NoAccess";
import { SessionMenu } from "./views/session/SessionMenu";
import { SavedViewsMenu } from "./views/views/SavedViewsMenu";

/**
 * The dashboard's frame. Header: title, page switch, search, language, export. Left:
 * filters and legend. Centre: the canvas or its table. Right: details, queries, what-if.
 * The data page (upload, history, data quality), the users and audit pages (admins) and
 * the access tokens take the place of all three. The marking banner is at the top and
 * bottom; what the signed-in user's role cannot do is not shown.
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
  const user = useSignedInUser();
  useUrlSync();

  useEffect(() => {
    void load({ language: currentLanguage(), asOf, start });
  }, [load, asOf, start, i18n.language]);

  useEffect(() => {
    document.title = page === "explore" ? t("title") : `${page === "data" ? t("data:page.title") : t(`access:pages.${page}`)} — ${t("title")}`;
  }, [t, i18n.language, page]);

  const otherPage = !canOpenPage(user?.role, page) ? <NoAccess />
    : page === "data" ? <DataPage />
    : page === "users" ? <UsersPage />
    : page === "audit" ? <AuditPage />
    : page === "account" ? <AccountPage />
    : null;

  return (
    <div className="app">
      <MarkingBanner position="top" />
      <header className="app__header">
        <h1 className="app__title">{t("title")}</h1>
        <PageTabs />
        {page === "explore" && <SearchBox />}
        {page === "explore" && <StatusLine />}
        <div className="app__header-tools">
          {page === "explore" && <SavedViewsMenu />}
          {page === "explore" && can(user?.role, "exportData") && <ExportMenu />}
          <LanguageSwitch />
          <SessionMenu />
        </div>
      </header>
      {page !== "explore" ? otherPage : (
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
      <MarkingBanner position="bottom" />
    </div>
  );
}
