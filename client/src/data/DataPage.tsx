import { useTranslation } from "react-i18next";
import { DataQuality } from "./DataQuality";
import { ExportLinks } from "./ExportLinks";
import { ImportHistory } from "./ImportHistory";
import { ImportOutcome } from "./ImportOutcome";
import { SourcesSection } from "./SourcesSection";
import { UploadForm } from "./UploadForm";

/**
 * The data staff's page: load files (check, read the report, confirm), the history of
 * imports, the sources (each deletable), what to correct, and the whole graph to download.
 */
export function DataPage() {
  const { t } = useTranslation("data");
  return (
    <main className="data-page" data-testid="data-page">
      <div className="data-page__main">
        <section className="data-section" aria-labelledby="upload-heading">
          <h2 id="upload-heading" className="data-section__heading">{t("upload.heading")}</h2>
          <p className="data-section__intro">{t("upload.intro")}</p>
          <UploadForm />
          <ImportOutcome />
        </section>
        <ImportHistory />
        <SourcesSection />
      </div>
      <div className="data-page__side">
        <DataQuality />
        <ExportLinks />
      </div>
    </main>
  );
}
