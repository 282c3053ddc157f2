import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { pageMarking, useMarkingStore, type MarkingPart } from "./markingStore";
import { markingText, type Marking } from "./markings";
import { useClassificationName } from "./classificationNames";
import { useViewStore } from "../view/viewStore";

/** The marking as a coloured strip: green, amber, blue or red by level, named in the reader's language, with the caveats. */
export function MarkingStrip({ marking, label, position, testId }: {
  /** inline: a strip above a block; tag: a small label within a line (a list's rows). */
  marking: Marking; label: string; position: "top" | "bottom" | "inline" | "tag"; testId: string;
}) {
  const levelName = useClassificationName();
  return (
    <div
      className={`marking marking--${position} marking--${marking.classification.toLowerCase()}`}
      role="note" aria-label={label} data-testid={testId} data-classification={marking.classification}
    >
      {markingText(marking, levelName)}
    </div>
  );
}

/** The highest marking of what the current page shows; parts that are off screen do not count. */
export function useScreenMarking(): Marking {
  const page = useViewStore((state) => state.page);
  const hidden = useViewStore(useShallow((state) => {
    const off: MarkingPart[] = [];
    if (!state.query) off.push("query");
    if (!state.whatIf) off.push("whatIf");
    if (!state.selection) off.push("details");
    return off;
  }));
  const parts = useMarkingStore((state) => state.parts);
  return pageMarking(parts, page, hidden);
}

/** The banner at the top or bottom of every signed-in page. */
export function MarkingBanner({ position }: { position: "top" | "bottom" }) {
  const { t } = useTranslation("access");
  return <MarkingStrip marking={useScreenMarking()} label={t("marking.label")} position={position} testId={`marking-${position}`} />;
}

/** The marking of the current query's results, shown above them. */
export function QueryResultsMarking() {
  const { t } = useTranslation("access");
  const marking = useMarkingStore((state) => state.parts.query?.marking);
  if (!marking) return null;
  return <MarkingStrip marking={marking} label={t("marking.results")} position="inline" testId="marking-results" />;
}
