import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { setupI18n } from "./i18n/i18n";
import { SessionGate } from "./session/SessionGate";
import "./styles.css";

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
