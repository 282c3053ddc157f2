import { useDashboardData } from "./core/dashboard/useDashboardData";
import type { Language } from "./core/model/graphModelSchema";
import { GraphCanvas } from "./views/GraphCanvas";
import { Legend } from "./views/Legend";
import { StatusLine } from "./views/StatusLine";

const language: Language = "en";

export function App() {
  const { status, data } = useDashboardData(language);

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Cooperation network</h1>
        <StatusLine status={status} data={data} />
      </header>
      <main className="app__main">
        {data && (
          <>
            <GraphCanvas model={data.model} graph={data.graph} />
            <Legend model={data.model} graph={data.graph} language={language} />
          </>
        )}
      </main>
    </div>
  );
}
