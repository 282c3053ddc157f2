import type { AsyncStatus, DashboardData } from "../core/dashboard/useDashboardData";

export interface StatusLineProps {
  status: AsyncStatus;
  data: DashboardData | null;
}

export function StatusLine({ status, data }: StatusLineProps) {
  if (status.type === "error") {
    const { title, detail } = status.problem;
    return (
      <p className="status status--error" data-testid="status" data-status="error" role="alert">
        <strong className="status__title">{title}</strong>
        {detail && <> <span className="status__detail">{detail}</span></>}
      </p>
    );
  }

  const text =
    status.type === "loading"
      ? "Loading the network…"
      : data
        ? `${plural(data.graph.nodes.length, "entity", "entities")}, ${plural(data.graph.edges.length, "relationship", "relationships")}`
        : "";
  return (
    <p className="status" data-testid="status" data-status={status.type} role="status">
      {text}
    </p>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
