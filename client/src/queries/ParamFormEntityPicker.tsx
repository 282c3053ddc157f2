import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useEntityNames } from "../graph/entityNames";
import { useModelNames } from "../graph/modelNames";
import { useEntitySearch, type EntityMatch } from "./useEntitySearch";

export interface EntityPickerProps {
  /** The input's id, for a `<label htmlFor>`. */
  id: string;
  /** The picked entity's id; null when none. */
  value: string | null;
  onChange(id: string | null): void;
  invalid?: boolean;
  /** Ids of texts describing the input (hints, errors). */
  describedBy?: string;
  placeholder?: string;
}

/**
 * Picks one entity: a search input over `/api/search` with a listbox of matches
 * (ARIA combobox: arrows move, Enter picks, Escape closes).
 */
export function EntityPicker({ id, value, onChange, invalid, describedBy, placeholder }: EntityPickerProps) {
  const { t } = useTranslation("panels");
  const { language, kindName } = useModelNames();
  const names = useEntityNames();
  const listId = useId();
  const hintId = useId();
  // The name the search gave for the last pick: the canvas may not hold that entity.
  const [picked, setPicked] = useState<EntityMatch | null>(null);
  const pickedName = value === null ? "" : picked?.id === value ? picked.name : names.nameOf(value);
  const [text, setText] = useState(pickedName);
  /** True from the first keystroke until a match is picked. */
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useEntitySearch(open && typed ? text : "", language);
  const matches = search.type === "found" ? search.matches : [];

  // A value set from outside (a default, a shared link) shows as its name.
  useEffect(() => {
    if (!typed) setText(pickedName);
  }, [pickedName, typed]);

  const pick = (match: EntityMatch) => {
    setPicked(match);
    setText(match.name);
    setTyped(false);
    setOpen(false);
    onChange(match.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) setActive((i) => (i + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" && open && matches.length > 0) {
      event.preventDefault();
      pick(matches[Math.min(active, matches.length - 1)]!);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  const showList = open && typed && text.trim() !== "";
  const unpicked = !open && typed && text.trim() !== "";
  const described = [describedBy, unpicked ? hintId : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <div className="entity-picker">
      <input
        id={id}
        className="entity-picker__input"
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={showList && matches.length > 0 ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined}
        aria-invalid={invalid || unpicked || undefined}
        aria-describedby={described}
        placeholder={placeholder ?? t("picker.placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setTyped(true);
          setActive(0);
          setOpen(true);
          if (value !== null) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} className="entity-picker__list" role="listbox" aria-label={t("picker.matches")}>
          {search.type === "searching" && <li className="entity-picker__note" role="presentation">{t("picker.searching")}</li>}
          {search.type === "error" && <li className="entity-picker__note entity-picker__note--error" role="presentation">{search.problem.title}</li>}
          {search.type === "found" && matches.length === 0 && (
            <li className="entity-picker__note" role="presentation">{t("picker.noMatch")}</li>
          )}
          {matches.map((match, i) => (
            <li
              key={match.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="entity-picker__option"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(match);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="entity-picker__name">{match.name}</span>
              <span className="entity-picker__kind">{kindName(match.kind) ?? match.kind}</span>
            </li>
          ))}
        </ul>
      )}
      {unpicked && <p id={hintId} className="entity-picker__hint">{t("picker.pickFromList")}</p>}
    </div>
  );
}
