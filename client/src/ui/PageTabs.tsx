import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { canOpenPage } from "../session/abilities";
import { useSignedInUser } from "../session/sessionStore";
import { viewToSearch } from "../view/urlState";
import { PAGES, type PageName } from "../view/viewState";
import { useViewStore, viewOf } from "../view/viewStore";
import { isPlainClick } from "../view/plainClick";

/** Pages reached from the tabs; one's own access tokens are in the account menu. */
const TAB_PAGES = PAGES.filter((page) => page !== "account");

/**
 * The header's page switch: Explore | Data | Users | Audit trail, those the role may open. Real links (the page is in the URL, so one
 * opens in a new tab with a middle click); a plain click switches without reloading.
 */
export function PageTabs() {
  const { t, i18n } = useTranslation("data");
  const view = useViewStore(useShallow(viewOf));
  const set = useViewStore((state) => state.set);
  const role = useSignedInUser()?.role;

  const go = (event: MouseEvent, page: PageName) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    set({ page });
  };

  return (
    <nav className="page-tabs" aria-label={t("pages.label")}>
      {TAB_PAGES.filter((page) => canOpenPage(role, page)).map((page) => (
        <a
          key={page}
          href={viewToSearch({ ...view, page }, i18n.language)}
          className="page-tabs__tab"
          aria-current={view.page === page ? "page" : undefined}
          data-testid={`page-${page}`}
          onClick={(event) => go(event, page)}
        >
          {t(`pages.${page}`)}
        </a>
      ))}
    </nav>
  );
}
