import type { MouseEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { exploreHref, openInExplore } from "./exploreLink";
import { isPlainClick } from "../view/plainClick";

/** An entity named on the data page, opening it in the explore view. */
export function EntityLink({ id, children }: { id: string; children: ReactNode }) {
  const { t, i18n } = useTranslation("data");
  const open = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    openInExplore(id);
  };
  return (
    <a href={exploreHref(id, i18n.language)} className="data-link" title={t("quality.open")} onClick={open}>
      {children}
    </a>
  );
}
