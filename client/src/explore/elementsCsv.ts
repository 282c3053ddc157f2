import type { GraphElements } from "../../../contract/elements.ts";

/**
 * The elements as one CSV table, a row per node and per relationship. Spreadsheets run
 * text that starts with =, +, -, @, a tab or a carriage return as a formula, and a cell
 * may start after a line break inside a value too (a reader that splits lines first
 * sees a new row there), so an apostrophe goes before a trigger at the start and after
 * every CR or LF; the server's CSV export follows the same rule.
 */
const COLUMNS = ["group", "id", "kind_or_type", "name", "source", "target"] as const;

export function escapeCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  text = text.replace(/(?<=^|[\r\n])(?=[=+\-@\t\r])/g, "'");
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function elementsToCsv(elements: GraphElements): string {
  const rows = [
    ...elements.nodes.map(({ data }) => ["node", data.id, data.kind, data.name, "", ""]),
    ...elements.edges.map(({ data }) => ["edge", data.id, data.type, "", data.source, data.target]),
  ];
  return [COLUMNS.join(","), ...rows.map((row) => row.map(escapeCell).join(","))].join("\r\n") + "\r\n";
}

export function download(filename: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
