import { SaxesParser } from "saxes";
import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { NotUtf8Error, readUtf8Text } from "./utf8-chunks.ts";

const UTF8_NAMES = /^(utf-?8|(us-)?ascii)$/i;

/** What an XML format (GraphML, GEXF) does with each event; records come out through `take`. */
export interface XmlDocument {
  /** Returns false when the document is not of this format and reading should stop. */
  open(tagName: string, attributes: Readonly<Record<string, string>>, line: number): boolean;
  close(): void;
  addText(text: string): void;
  /** Keeps the element closed last: the parser moved on without an error. */
  settle(): void;
  /** Drops the element closed last: the parser reported an error right after closing it. */
  discardHeld(): void;
  take(): ImportRecord[];
}

/**
 * What GraphML and GEXF documents share: the records ready to take, and the element
 * closed last, held back one event. On a mismatched close tag saxes closes the open
 * element first and reports the error after, so an element is only kept once something
 * other than an error follows it.
 */
export abstract class HeldRecords {
  private readonly records: ImportRecord[] = [];
  protected held: ImportRecord | undefined;

  take(): ImportRecord[] {
    return this.records.splice(0, this.records.length);
  }

  /** Keeps the element closed last: the parser moved on without an error. */
  settle(): void {
    if (this.held) this.records.push(this.held);
    this.held = undefined;
  }

  /** Drops the element closed last: the parser reported an error right after closing it. */
  discardHeld(): void {
    this.held = undefined;
  }
}

/**
 * Streams an XML file through a format's document, one element at a time, with saxes
 * (which never fetches anything: no external entities, and a DOCTYPE is refused
 * outright). Malformed XML is one problem with its line and ends the file.
 */
export async function* readXmlRecords(file: ImportFile, document: XmlDocument, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  let stopped = false;
  const stop = (message: string) => {
    if (stopped) return;
    stopped = true;
    problems.push({ file: file.name, line: parser.line, message });
  };
  parser.on("xmldecl", (declaration) => {
    if (declaration.encoding !== undefined && !UTF8_NAMES.test(declaration.encoding)) {
      stop(`the file declares the encoding ${declaration.encoding}; save it as UTF-8`);
    }
  });
  parser.on("doctype", () => stop("DOCTYPE declarations are not allowed in an import"));
  parser.on("opentag", (tag) => {
    if (stopped) return;
    document.settle();
    if (!document.open(tag.name, tag.attributes, parser.line)) stopped = true;
  });
  parser.on("closetag", () => {
    if (stopped) return;
    document.settle();
    document.close();
  });
  const addText = (text: string) => {
    if (stopped) return;
    document.settle();
    document.addText(text);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => {
    if (!stopped) document.discardHeld();
    stop(`not well-formed XML at line ${parser.line}: ${error.message.replace(/^.*?:\d+:\d+: /, "")}`);
  });

  try {
    for await (const text of readUtf8Text(file.path)) {
      parser.write(text);
      if (!stopped) document.settle();
      yield* document.take();
      if (stopped) return;
    }
    parser.close();
    if (!stopped) document.settle();
    yield* document.take();
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    problems.push({ file: file.name, line: error.line, message: error.message });
  }
}

/** Elements are read by local name: `<graphml>` and `<g:graphml>` alike. */
export function localName(tagName: string): string {
  const colon = tagName.indexOf(":");
  return colon === -1 ? tagName : tagName.slice(colon + 1);
}
