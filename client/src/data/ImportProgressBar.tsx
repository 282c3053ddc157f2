import { useTranslation } from "react-i18next";
import type { ImportProgress } from "../../../contract/imports.ts";

/**
 * A job's progress: its phase in words, and a bar. While the files are still being read
 * the total is not known (0), and the bar moves without a value.
 */
export function ImportProgressBar({ progress, dryRun }: { progress: ImportProgress | null; dryRun: boolean }) {
  const { t, i18n } = useTranslation("data");
  const phase = progress === null ? t("progress.uploading") : t(`progress.${progress.phase}`, { context: dryRun ? "dryRun" : undefined });
  const known = progress !== null && progress.total > 0;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="import-progress" data-testid="import-progress" data-phase={progress?.phase ?? "uploading"}>
      <p id="import-progress-phase" className="import-progress__phase" role="status" aria-live="polite">{phase}</p>
      <progress
        className="import-progress__bar"
        aria-labelledby="import-progress-phase"
        max={known ? progress.total : undefined}
        value={known ? Math.min(progress.done, progress.total) : undefined}
      />
      {known && (
        <p className="import-progress__count">
          {t("progress.count", { done: number.format(progress.done), total: number.format(progress.total) })}
        </p>
      )}
    </div>
  );
}
