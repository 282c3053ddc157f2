import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { setupI18n } from "./i18n/i18n";
import { SessionGate } from "./session/SessionGate";
// The style sheets, in cascade order: tokens, the page frame, shared pieces (ui/), then
// each feature's sheet, so a feature may refine a shared piece.
import "./ui/tokens.css";
import "./app.css";
import "./ui/button.css";
import "./ui/form.css";
import "./ui/side-panel.css";
import "./ui/notices.css";
import "./ui/header.css";
import "./i18n/language-mark.css";
import "./ui/page.css";
import "./explore/header.css";
import "./explore/filters.css";
import "./explore/graph-canvas.css";
import "./explore/graph-table.css";
import "./details/details.css";
import "./queries/queries.css";
import "./whatif/whatif.css";
import "./data/upload.css";
import "./data/import-report.css";
import "./data/history.css";
import "./data/sources.css";
import "./data/import-problems.css";
import "./data/mapping/mapping.css";
import "./session/session.css";
import "./admin/admin.css";

setupI18n();

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html lost its #root element");

createRoot(rootElement).render(
  <StrictMode>
    <SessionGate>
      <App />
    </SessionGate>
  </StrictMode>,
);
