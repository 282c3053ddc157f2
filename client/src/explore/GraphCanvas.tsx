import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { keyboardAction } from "./canvas/keyboardAction";
import { useGraphCanvas } from "./canvas/useGraphCanvas";
import { isLargeView } from "./canvas/webglSupport";
import { collapseNode, expandNode, hideNode, togglePin } from "./nodeActions";
import { hiddenElements } from "./visibleElements";
import { asProblem, useGraphStore } from "../graph/graphStore";
import { LAYOUTS, type LayoutName } from "../view/viewState";
import { useViewStore } from "../view/viewStore";

const nameOf = (id: string) => useGraphStore.getState().elements.nodes.find((node) => node.data.id === id)?.data.name ?? id;

interface MenuRequest {
  id: string;
  x: number;
  y: number;
}

/**
 * The network drawn with Cytoscape, following the graph and view stores (see
 * useGraphCanvas), with a toolbar for layouts and expansion depth, actions on the
 * selected entity, and a right-click menu offering the same actions.
 */
export function GraphCanvas() {
  const { t } = useTranslation("explore");
  const model = useGraphStore((state) => state.model);
  const loading = useGraphStore((state) => state.status.type === "loading");
  const large = useGraphStore((state) => isLargeView({ nodes: state.elements.nodes.length, edges: state.elements.edges.length }));
  const containerRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [notice, setNotice] = useState("");
  const menuOpen = useRef(false);
  useEffect(() => {
    menuOpen.current = menu !== null;
  }, [menu]);

  const expand = useCallback(
    (id: string) => {
      const name = nameOf(id);
      setNotice(t("canvas.expanding", { name }));
      expandNode(id).then(
        (count) => setNotice(count ? t("canvas.expanded", { count, name }) : t("canvas.expandedNone", { name })),
        (error: unknown) => setNotice(t("canvas.expandFailed", { name, reason: asProblem(error).title })),
      );
    },
    [t],
  );

  const collapse = useCallback(
    (id: string) => {
      const name = nameOf(id);
      const count = collapseNode(id).length;
      setNotice(count ? t("canvas.collapsed", { count, name }) : t("canvas.collapseNone", { name }));
    },
    [t],
  );

  const { session, layoutStatus } = useGraphCanvas(containerRef, {
    model,
    large,
    callbacks: {
      expand,
      menu: (request) => {
        if (request || menuOpen.current) setMenu(request);
      },
    },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const action = keyboardAction(event.key, { shift: event.shiftKey });
    if (!action) return;
    event.preventDefault();
    if (action.type === "clearSelection") {
      setMenu(null);
      useViewStore.getState().select(null);
    } else {
      session.current?.keyboard(action);
    }
  };

  return (
    <div className="graph-canvas">
      <CanvasToolbar onFit={() => session.current?.fit()} onRerun={() => session.current?.runLayout()} />
      <div className="graph-canvas__stage">
        <div
          ref={containerRef}
          className="graph-canvas__surface"
          data-testid="graph-canvas"
          data-layout={loading ? "running" : layoutStatus}
          data-renderer={large ? "large" : "standard"}
          tabIndex={0}
          role="application"
          aria-label={t("canvas.label")}
          aria-describedby={helpId}
          onKeyDown={onKeyDown}
          onContextMenu={(event) => event.preventDefault()}
        />
        <p id={helpId} className="visually-hidden">
          {t("canvas.help")}
        </p>
        <SelectionActions onExpand={expand} onCollapse={collapse} />
        {menu && (
          <NodeMenu
            request={menu}
            onClose={() => {
              setMenu(null);
              containerRef.current?.focus();
            }}
            onExpand={expand}
            onCollapse={collapse}
          />
        )}
        {!loading && layoutStatus === "running" && <LayoutRunning />}
        <p className="graph-canvas__notice" role="status" aria-live="polite">
          {notice}
        </p>
        <EmptyMessage />
      </div>
    </div>
  );
}

function CanvasToolbar({ onFit, onRerun }: { onFit(): void; onRerun(): void }) {
  const { t } = useTranslation("explore");
  const layout = useViewStore((state) => state.layout);
  const expandDepth = useViewStore((state) => state.expandDepth);
  const set = useViewStore((state) => state.set);
  const layoutId = useId();
  const depthId = useId();
  return (
    <div className="graph-canvas__toolbar" role="toolbar" aria-label={t("canvas.toolbar")}>
      <label htmlFor={layoutId}>{t("canvas.layout")}</label>
      <select className="button button--small" id={layoutId} value={layout} onChange={(event) => set({ layout: event.target.value as LayoutName })}>
        {LAYOUTS.map((name) => (
          <option key={name} value={name}>
            {t(`canvas.layouts.${name}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={onRerun}>
        {t("canvas.rerun")}
      </button>
      <button type="button" className="button button--small" onClick={onFit} title={t("canvas.fitTitle")}>
        {t("canvas.fit")}
      </button>
      <label htmlFor={depthId}>{t("canvas.depth")}</label>
      <select className="button button--small" id={depthId} value={expandDepth} onChange={(event) => set({ expandDepth: Number(event.target.value) as 1 | 2 | 3 })}>
        {[1, 2, 3].map((depth) => (
          <option key={depth} value={depth}>
            {t("canvas.depthValue", { count: depth })}
          </option>
        ))}
      </select>
    </div>
  );
}

interface NodeActionHandlers {
  onExpand(id: string): void;
  onCollapse(id: string): void;
}

/** The selected entity's actions, always at hand at the foot of the canvas. */
function SelectionActions({ onExpand, onCollapse }: NodeActionHandlers) {
  const { t } = useTranslation("explore");
  const selection = useViewStore((state) => state.selection);
  const name = useGraphStore((state) => state.elements.nodes.find((node) => node.data.id === selection)?.data.name);
  if (!selection || name === undefined) return null;
  return (
    <div className="graph-canvas__selection" role="toolbar" aria-label={t("canvas.actions.label", { name })}>
      <span className="graph-canvas__selection-name">{name}</span>
      <NodeActionButtons id={selection} onExpand={onExpand} onCollapse={onCollapse} />
    </div>
  );
}

function NodeMenu({ request, onClose, ...handlers }: { request: MenuRequest; onClose(): void } & NodeActionHandlers) {
  const { t } = useTranslation("explore");
  const ref = useRef<HTMLDivElement>(null);
  const name = useGraphStore((state) => state.elements.nodes.find((node) => node.data.id === request.id)?.data.name ?? request.id);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [request]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    }
  };

  return (
    <div
      ref={ref}
      className="graph-canvas__menu"
      role="menu"
      aria-label={t("canvas.actions.label", { name })}
      style={{ left: request.x, top: request.y }}
      onKeyDown={onKeyDown}
    >
      <NodeActionButtons id={request.id} asMenu onDone={onClose} {...handlers} />
      <button type="button" className="button button--small button--menu" role="menuitem" onClick={onClose}>
        {t("canvas.actions.close")}
      </button>
    </div>
  );
}

function NodeActionButtons({ id, asMenu = false, onDone, onExpand, onCollapse }: { id: string; asMenu?: boolean; onDone?(): void } & NodeActionHandlers) {
  const { t } = useTranslation("explore");
  const isPinned = useViewStore((state) => state.pinned.includes(id));
  const role = asMenu ? "menuitem" : undefined;
  const className = asMenu ? "button button--small button--menu" : "button button--small";
  const act = (action: () => void) => () => {
    action();
    onDone?.();
  };
  return (
    <>
      <button type="button" className={className} role={role} onClick={act(() => onExpand(id))}>
        {t("canvas.actions.expand")}
      </button>
      <button type="button" className={className} role={role} onClick={act(() => onCollapse(id))}>
        {t("canvas.actions.collapse")}
      </button>
      <button type="button" className={className} role={role} aria-pressed={asMenu ? undefined : isPinned} onClick={act(() => togglePin(id))}>
        {isPinned ? t("canvas.actions.unpin") : t("canvas.actions.pin")}
      </button>
      <button type="button" className={className} role={role} onClick={act(() => hideNode(id))}>
        {t("canvas.actions.hide")}
      </button>
    </>
  );
}

/** Only ever seen for layouts that take a while: those of large views, run in a worker. */
function LayoutRunning() {
  const { t } = useTranslation("explore");
  const count = useGraphStore((state) => state.elements.nodes.length);
  return <p className="graph-canvas__working">{t("canvas.layingOut", { count })}</p>;
}

/** Why the canvas is blank, once the graph has loaded: nothing in it, or nothing left by the filters. */
function EmptyMessage() {
  const { t } = useTranslation("explore");
  const elements = useGraphStore((state) => state.elements);
  const status = useGraphStore((state) => state.status.type);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const hiddenTypes = useViewStore((state) => state.hiddenTypes);
  const scope = useViewStore((state) => state.scope);
  const hiddenNodes = useViewStore((state) => state.hiddenNodes);
  const allHidden = useMemo(
    () =>
      elements.nodes.length > 0 &&
      hiddenElements(elements, { hiddenKinds, hiddenTypes, scope, hiddenNodes }).nodes.size === elements.nodes.length,
    [elements, hiddenKinds, hiddenTypes, scope, hiddenNodes],
  );
  if (status !== "idle") return null;
  if (elements.nodes.length === 0) return <p className="graph-canvas__empty">{t("canvas.empty")}</p>;
  if (allHidden) return <p className="graph-canvas__empty">{t("canvas.allFiltered")}</p>;
  return null;
}
