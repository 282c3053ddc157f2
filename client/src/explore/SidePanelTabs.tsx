import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { PanelName } from "../view/viewState";
import { useViewStore } from "../view/viewStore";

const PANELS: PanelName[] = ["details", "queries", "whatIf"];

/** Tabs of the right sidebar, with the WAI-ARIA tab pattern (arrow keys move between tabs). */
export function SidePanelTabs() {
  const { t } = useTranslation();
  const panel = useViewStore((state) => state.panel);
  const view = useViewStore((state) => state.view);
  const set = useViewStore((state) => state.set);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    const next = PANELS[(PANELS.indexOf(panel) + step + PANELS.length) % PANELS.length]!;
    set({ panel: next });
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <div className="side-tabs">
      <div role="tablist" aria-label={t("tabs.label")} className="side-tabs__list" onKeyDown={onKeyDown}>
        {PANELS.map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            aria-selected={panel === name}
            tabIndex={panel === name ? 0 : -1}
            className="button button--compact button--tab side-tabs__tab"
            data-testid={`tab-${name}`}
            onClick={() => set({ panel: name })}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="side-tabs__view" role="group" aria-label={t("view.label")}>
        {(["graph", "table"] as const).map((name) => (
          <button
            key={name}
            type="button"
            className="button button--compact button--tab"
            aria-pressed={view === name}
            data-testid={`view-${name}`}
            onClick={() => set({ view: name })}
          >
            {t(`view.${name}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
