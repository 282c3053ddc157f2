import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { entityLabel } from "./entityLabels";
import { expandNode, isLoaded, unhideNode } from "./nodeActions";
import { SEARCH_DEBOUNCE_MS, searchEntities, type SearchResult } from "../api/entitySearch";
import { asProblem, useGraphStore } from "../graph/graphStore";
import { currentLanguage } from "../i18n/i18n";
import { useViewStore } from "../view/viewStore";
import { ShapeSwatch } from "./ShapeSwatch";

type SearchStatus =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "done" }
  | { type: "adding"; name: string }
  | { type: "error"; reason: string };

/**
 * The header's search: an ARIA 1.2 combobox over `GET /api/search`. Choosing a match
 * brings it onto the canvas if it is not there yet (its neighbourhood, one hop), then
 * selects it and centres the canvas on it.
 */
export function SearchBox() {
  const { t, i18n } = useTranslation("explore");
  const model = useGraphStore((state) => state.model);
  const [text, setText] = useState("");
  const [results, setResults] = useState<SearchResult[]>([]);
  const [status, setStatus] = useState<SearchStatus>({ type: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const inputId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const kinds = useMemo(() => new Map(model?.kinds.map((kind) => [kind.id, kind]) ?? []), [model]);

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setResults([]);
      setStatus({ type: "idle" });
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setStatus({ type: "loading" });
      searchEntities(query, { language: currentLanguage(), signal: controller.signal }).then(
        (found) => {
          setResults(found);
          setActive(-1);
          setStatus({ type: "done" });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setResults([]);
          setStatus({ type: "error", reason: asProblem(error).title });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, i18n.language]);

  const expanded = open && results.length > 0;

  async function choose(result: SearchResult) {
    const { id, name } = result.data;
    setOpen(false);
    setActive(-1);
    setText(name);
    unhideNode(id);
    if (!isLoaded(id)) {
      setStatus({ type: "adding", name });
      try {
        await expandNode(id, 1);
      } catch (error) {
        setStatus({ type: "error", reason: asProblem(error).title });
        return;
      }
      setStatus({ type: "done" });
    }
    useViewStore.getState().select(id, { focus: true });
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        if (!open) {
          setOpen(true);
          setActive(step === 1 ? 0 : count - 1);
        } else {
          setActive((index) => (index < 0 ? (step === 1 ? 0 : count - 1) : (index + step + count) % count));
        }
        return;
      }
      case "Enter": {
        const chosen = expanded ? results[active >= 0 ? active : 0] : undefined;
        if (!chosen) return;
        event.preventDefault();
        void choose(chosen);
        return;
      }
      case "Escape":
        event.preventDefault();
        if (expanded) setOpen(false);
        else setText("");
        setActive(-1);
        return;
    }
  };

  const shownMessage = status.type === "adding" || status.type === "error" || (status.type === "done" && open && text.trim() !== "" && results.length === 0);
  const message =
    status.type === "loading"
      ? t("search.searching")
      : status.type === "adding"
        ? t("search.adding", { name: status.name })
        : status.type === "error"
          ? t("search.failed", { reason: status.reason })
          : status.type === "done" && text.trim() && open
            ? results.length
              ? t("search.count", { count: results.length })
              : t("search.none", { query: text.trim() })
            : "";

  return (
    <div className="search-box">
      <label htmlFor={inputId} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={inputId}
        className="search-box__input"
        data-testid="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("search.placeholder")}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} className="search-box__list" role="listbox" aria-label={t("search.results")} hidden={!expanded}>
        {results.map((result, index) => {
          const kind = kinds.get(result.data.kind);
          const { name, acronym } = entityLabel(result.data, currentLanguage());
          return (
            <li
              key={result.data.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-box__option"
              // Keeps the focus in the input, so that the list is not closed by its blur first.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => void choose(result)}
            >
              {kind && <ShapeSwatch shape={kind.shape} color={kind.color} size={14} />}
              <span className="search-box__name">
                {name}
                {acronym && <span className="search-box__acronym"> ({acronym})</span>}
              </span>
              <span className="search-box__kind">{kind?.names[currentLanguage()] ?? result.data.kind}</span>
            </li>
          );
        })}
      </ul>
      <p className={shownMessage ? "search-box__status" : "visually-hidden"} role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
