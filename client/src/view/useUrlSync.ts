import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { viewToSearch } from "./urlState";
import { useViewStore, viewOf } from "./viewStore";

/** Keeps the address bar equal to the view, so that copying it shares the view. */
export function useUrlSync(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const write = () => {
      const search = viewToSearch(viewOf(useViewStore.getState()), i18n.language);
      if (search !== window.location.search) window.history.replaceState(null, "", `${window.location.pathname}${search}`);
    };
    write();
    i18n.on("languageChanged", write);
    const unsubscribe = useViewStore.subscribe(write);
    return () => {
      unsubscribe();
      i18n.off("languageChanged", write);
    };
  }, [i18n]);
}
