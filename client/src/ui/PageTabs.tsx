import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { viewToSearch } from "../view/urlState";
import type { PageName } from "../view/viewState";
import { useViewStore, viewOf } from "../view/viewStore";
import { isPlainClick } from "../view/plainClick";

/**
 * The header's page switch over the pages given (Explore | Data | Users | Audit trail). Real links (the page is in the URL, so one
 * opens in a new tab with a middle click); a plain click switches without reloading.
 */
export function PageTabs({ pages }: { pages: readonly PageName[] }) {
  const { t, i18n } = useTranslation("data");
  const view = useViewStore(useShallow(viewOf));
  const set = useViewStore((state) => state.set);

  const go = (event: MouseEvent, page: PageName) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    set({ page });
  };

  return (
    <nav className="page-tabs" aria-label={t("pages.label")}>
      {pages.map((page) => (
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
