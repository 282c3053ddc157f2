import { SaxesParser } from "saxes";
import type { GraphModel } from "../../model/graph-model.ts";
import type { ImportFile, ImportProblem, ImportRecord } from "../records.ts";
import { GraphmlDocument } from "./graphml-document.ts";
import { NotUtf8Error, readUtf8Text } from "./utf8-chunks.ts";

const UTF8_NAMES = /^(utf-?8|(us-)?ascii)$/i;

/**
 * Reads GraphML as yEd, Gephi, Cytoscape desktop, APOC and our exporter write it, one
 * element at a time, with saxes (which never fetches anything: no external entities,
 * and a DOCTYPE is refused outright). Malformed XML is one problem with its line and
 * ends the file; a bad value is a problem and its element is skipped.
 */
export async function* readGraphml(file: ImportFile, model: GraphModel, problems: ImportProblem[]): AsyncGenerator<ImportRecord> {
  const document = new GraphmlDocument(file.name, model, problems);
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
