import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useGraphStore } from "./graph/graphStore";
import { canOpenPage } from "./session/abilities";
import { can } from "../../contract/roles.ts";
import { useSignedInUser } from "./session/sessionStore";
import { currentLanguage } from "./i18n/i18n";
import { useUrlSync } from "./view/useUrlSync";
import { useViewStore } from "./view/viewStore";
import { DataPage } from "./data/DataPage";
import { RolePageTabs } from "./session/RolePageTabs";
import { DetailsPanel } from "./details/DetailsPanel";
import { ExportMenu } from "./explore/ExportMenu";
import { FilterPanel } from "./explore/FilterPanel";
import { GraphCanvas } from "./explore/GraphCanvas";
import { GraphTable } from "./explore/GraphTable";
import { LanguageSwitch } from "./ui/LanguageSwitch";
import { Legend } from "./explore/Legend";
import { QueriesPanel } from "./queries/QueriesPanel";
import { SearchBox } from "./explore/SearchBox";
import { SidePanelTabs } from "./explore/SidePanelTabs";
import { StatusLine } from "./explore/StatusLine";
import { WhatIfPanel } from "./whatif/WhatIfPanel";
import { AuditPage } from "./admin/AuditPage";
import { UsersPage } from "./admin/UsersPage";
import { AccountPage } from "./session/AccountPage";
import { MarkingBanner } from "./session/MarkingBanner";
import { NoAccess } from "./session/NoAccess";
import { SessionMenu } from "./session/SessionMenu";
import { SavedViewsMenu } from "./explore/SavedViewsMenu";

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
        <RolePageTabs />
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
